using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Web.WebChat;

/// <summary>The web chat page's connection (/directline) on the real host.</summary>
public sealed class DirectLineEndpointsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Starting_a_conversation_returns_the_welcome_as_a_complete_bot_activity()
    {
        using var host = new BotHost(_folder);

        var started = await StartAsync(host.CreateClient());

        var welcome = Assert.Single(started["activities"]!.AsArray())!;
        Assert.Contains("GuidanceBot", welcome["text"]!.GetValue<string>());
        AssertWebChatContract(welcome, "bot");
    }

    [Fact]
    public async Task A_message_comes_back_with_its_client_id_followed_by_the_reply()
    {
        using var host = new BotHost(_folder);
        var client = host.CreateClient();
        var conversationId = (await StartAsync(client))["conversationId"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/directline/conversations/{conversationId}/activities", new JsonObject
        {
            ["type"] = "message",
            ["text"] = "What do I do with an unaccompanied child?",
            ["from"] = new JsonObject { ["id"] = "someone-else", ["role"] = "bot" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-1" },
        });

        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var activities = body["activities"]!.AsArray();
        var echo = activities[0]!;
        Assert.Equal(body["id"]!.GetValue<string>(), echo["id"]!.GetValue<string>());
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        AssertWebChatContract(echo, "user");
        Assert.NotEqual("someone-else", echo["from"]!["id"]!.GetValue<string>());
        var reply = Assert.Single(activities.Skip(1))!;
        AssertWebChatContract(reply, "bot");
        Assert.Equal(echo["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Conversation_ids_are_long_random_tokens()
    {
        using var host = new BotHost(_folder);
        var client = host.CreateClient();

        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await StartAsync(client))["conversationId"]!.GetValue<string>());
        }

        Assert.Equal(5, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{43}$", id));
    }

    [Fact]
    public async Task An_unknown_conversation_gets_404()
    {
        using var host = new BotHost(_folder);

        var response = await host.CreateClient().PostAsJsonAsync("/directline/conversations/guessed-id/activities", new JsonObject { ["type"] = "message", ["text"] = "hi" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"event\", \"name\": \"x\"}")]
    [InlineData("{\"text\": \"no type\"}")]
    public async Task A_malformed_activity_gets_400_and_the_conversation_goes_on(string body)
    {
        using var host = new BotHost(_folder);
        var client = host.CreateClient();
        var conversationId = (await StartAsync(client))["conversationId"]!.GetValue<string>();
        var url = $"/directline/conversations/{conversationId}/activities";

        var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var next = await client.PostAsJsonAsync(url, new JsonObject { ["type"] = "message", ["text"] = "hello" });
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        using var host = new BotHost(_folder);
        var client = host.CreateClient();
        var conversationId = (await StartAsync(client))["conversationId"]!.GetValue<string>();
        var body = $$"""{"type":"message","text":"{{new string('a', 100_000)}}"}""";

        var response = await client.PostAsync($"/directline/conversations/{conversationId}/activities", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_page_works_when_a_Microsoft_app_id_is_configured()
    {
        using var host = new BotHost(_folder, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var client = host.CreateClient();

        var started = await StartAsync(client);
        var response = await client.PostAsJsonAsync($"/directline/conversations/{started["conversationId"]}/activities", new JsonObject { ["type"] = "message", ["text"] = "hello" });

        Assert.Single(started["activities"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_page_and_the_Web_Chat_bundle_are_served_by_the_app()
    {
        using var host = new BotHost(_folder);
        var client = host.CreateClient();

        var page = await client.GetAsync("/");
        var bundle = await client.GetAsync("/lib/webchat/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("lib/webchat/webchat.js", html);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
    }

    private static async Task<JsonObject> StartAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/directline/conversations", new JsonObject { ["locale"] = "en-US" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    // What Web Chat needs of every activity it shows.
    private static void AssertWebChatContract(JsonNode activity, string role)
    {
        Assert.False(string.IsNullOrEmpty(activity["id"]?.GetValue<string>()));
        Assert.True(DateTimeOffset.TryParse(activity["timestamp"]?.GetValue<string>(), out _));
        Assert.Equal(role, activity["from"]!["role"]!.GetValue<string>());
        Assert.Equal("webchat", activity["channelId"]!.GetValue<string>());
    }

    public void Dispose() => _folder.Dispose();
}
