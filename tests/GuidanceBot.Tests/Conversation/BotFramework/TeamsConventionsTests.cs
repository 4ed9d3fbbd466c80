using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Storage;
using GuidanceBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace GuidanceBot.Tests.Conversation.BotFramework;

/// <summary>Teams team channels and group chats, through POST /api/messages on the real host.</summary>
public sealed class TeamsConventionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task In_a_shared_conversation_the_bot_ignores_messages_that_do_not_mention_it(string conversationType)
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().SendAsync(TeamsMessage(conversationType, "What do I do with an unaccompanied child?", mentionBot: false));

        Assert.Empty(replies);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    [InlineData("personal")]
    public async Task When_mentioned_the_bot_answers_the_question_without_the_mention(string conversationType)
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().SendAsync(TeamsMessage(conversationType, "<at>GuidanceBot</at> What do I do with an unaccompanied child?", mentionBot: true));

        var reply = Assert.Single(replies);
        Assert.DoesNotContain("type a question", reply.Text());
    }

    [Fact]
    public async Task In_a_personal_chat_every_message_is_for_the_bot()
    {
        using var host = new BotHost(_folder);

        var replies = await host.Bot().SendAsync(TeamsMessage("personal", "hello", mentionBot: false));

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task A_card_button_pressed_in_a_channel_reaches_the_bot_without_a_mention()
    {
        using var host = new BotHost(_folder);
        var activity = TeamsMessage("channel", "", mentionBot: false);
        activity["value"] = new JsonObject { ["action"] = "feedback", ["helpful"] = "true" };

        var replies = await host.Bot().SendAsync(activity);

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Teams_feedback_is_acknowledged_with_an_empty_200()
    {
        using var host = new BotHost(_folder);
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "message/submitAction",
            ["channelId"] = "msteams",
            ["deliveryMode"] = "normal",
            ["replyToId"] = "answer-1",
            ["value"] = new JsonObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{\"feedbackText\":\"clear\"}" },
            },
        };

        var response = await host.Bot().PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Teams_feedback_becomes_the_same_payload_as_a_feedback_button()
    {
        var invoke = new Activity(ActivityTypes.Invoke)
        {
            Name = "message/submitAction",
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: "19:abc@thread.tacv2"),
            From = new ChannelAccount("29:user"),
            Value = Newtonsoft.Json.Linq.JObject.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike"}}"""),
        };

        var message = GuidanceBot.Conversation.BotFramework.TeamsConventions.ReadFeedback(invoke);

        Assert.NotNull(message);
        Assert.Equal("feedback", message.Value!["action"]);
        Assert.Equal("false", message.Value!["helpful"]);
        Assert.Equal("19:abc@thread.tacv2", message.ConversationId);
    }

    [Fact]
    public async Task Each_channel_conversation_keeps_its_own_state()
    {
        using var database = new LiteDatabaseProvider(_folder.PathOf("state.db"), NullLogger<LiteDatabaseProvider>.Instance);
        var state = new ConversationState(new LiteDbStorage(database));
        var step = state.CreateProperty<string>("flowStep");
        var adapter = new TestAdapter("msteams");

        using (var first = Turn(adapter, "19:team-a@thread.tacv2;messageid=1"))
        {
            await step.SetAsync(first, "ask-age");
            await state.SaveChangesAsync(first);
        }

        using var second = Turn(adapter, "19:team-b@thread.tacv2;messageid=1");
        using var firstAgain = Turn(adapter, "19:team-a@thread.tacv2;messageid=1");
        Assert.Null(await step.GetAsync(second, () => null!));
        Assert.Equal("ask-age", await step.GetAsync(firstAgain, () => null!));
    }

    private static TurnContext Turn(TestAdapter adapter, string conversationId) => new(adapter, new Activity(ActivityTypes.Message)
    {
        ChannelId = "msteams",
        Conversation = new ConversationAccount(id: conversationId, conversationType: "channel"),
        From = new ChannelAccount("29:user"),
        Recipient = new ChannelAccount("28:bot"),
    });

    private static JsonObject TeamsMessage(string conversationType, string text, bool mentionBot)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelId"] = "msteams",
            ["conversation"] = new JsonObject { ["id"] = $"19:{conversationType}-1@thread.tacv2", ["conversationType"] = conversationType },
        };
        if (mentionBot)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>GuidanceBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = "guidancebot", ["name"] = "GuidanceBot" },
            });
        }

        return activity;
    }

    public void Dispose() => _folder.Dispose();
}
