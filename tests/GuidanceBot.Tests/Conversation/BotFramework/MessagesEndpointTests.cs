using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation.BotFramework;

/// <summary>POST /api/messages on the real host, as Teams or web chat reach it.</summary>
public sealed class MessagesEndpointTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_user_joining_gets_a_welcome_with_example_questions()
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().JoinAsync();

        var welcome = Assert.Single(replies);
        Assert.Contains("GuidanceBot", welcome.Text());
        Assert.Equal(3, welcome.ButtonTitles().Count);
    }

    [Fact]
    public async Task The_bot_joining_a_conversation_does_not_welcome_itself()
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().SendAsync(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "guidancebot" }),
        });

        Assert.Empty(replies);
    }

    [Fact]
    public async Task A_message_gets_a_reply_in_the_response_body()
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().SayAsync("What do I do with an unaccompanied child?");

        Assert.NotEmpty(replies);
        Assert.All(replies, reply => Assert.False(string.IsNullOrWhiteSpace(reply.Text())));
    }

    [Fact]
    public async Task An_empty_message_gets_a_polite_hint()
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().SayAsync("   ");

        Assert.Contains("type a question", Assert.Single(replies).Text());
    }

    [Fact]
    public async Task An_attachment_only_message_is_asked_for_words()
    {
        using var host = new BotHost(_folder);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/x.png" }),
        };

        var replies = await host.Bot().SendAsync(activity);

        Assert.Contains("only read text", Assert.Single(replies).Text());
    }

    [Fact]
    public async Task A_huge_message_is_refused_politely_and_the_server_keeps_serving()
    {
        using var host = new BotHost(_folder);
        var bot = host.Bot();

        var replies = await bot.SayAsync(new string('a', 50_000));

        Assert.Contains("too long", Assert.Single(replies).Text());
        Assert.NotEmpty(await bot.SayAsync("hello"));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        using var host = new BotHost(_folder);
        var body = new StringContent($$"""{"type":"message","text":"{{new string('a', 300_000)}}"}""", Encoding.UTF8, "application/json");

        var response = await host.CreateClient().PostAsync("/api/messages", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\"}")]
    public async Task A_malformed_body_gets_400_and_the_server_keeps_serving(string body)
    {
        using var host = new BotHost(_folder);
        var client = host.CreateClient();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await host.Bot().SayAsync("hello"));
    }

    [Fact]
    public async Task With_an_app_id_configured_a_request_without_a_token_gets_401()
    {
        using var host = new BotHost(_folder, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });

        var response = await host.Bot().PostAsync(new JsonObject { ["type"] = "message", ["text"] = "hello" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_Teams_mention_is_removed_before_the_message_is_handled()
    {
        using var host = new BotHost(_folder);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "<at>GuidanceBot</at>   ",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>GuidanceBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = "guidancebot", ["name"] = "GuidanceBot" },
            }),
        };

        var replies = await host.Bot().SendAsync(activity);

        // Only the mention was typed, so what remains is an empty message.
        Assert.Contains("type a question", Assert.Single(replies).Text());
    }

    public void Dispose() => _folder.Dispose();
}
