using System.Text.Json.Nodes;
using GuidanceBot.Conversation;
using GuidanceBot.Conversation.BotFramework;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace GuidanceBot.Tests.Conversation.BotFramework;

/// <summary>How a <see cref="BotReply"/> looks in Web Chat and in Teams (the activity JSON they receive).</summary>
public sealed class ActivityMappingTests
{
    private static readonly ReplyRenderContext _webChat = new(new Uri("https://bot.example.org/app/"), IsTeams: false);
    private static readonly ReplyRenderContext _teams = new(new Uri("https://bot.example.org/app/"), IsTeams: true);

    private static readonly BotReply _answer = new("Keep the child with a guardian [1] and refer them [2].")
    {
        Sources =
        [
            new ArticleSource("UN Convention on the Rights of the Child", "art. 20", "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child"),
            new ArticleSource("General Comment No. 6", "para. 33", null),
        ],
        Article = new ArticleLink("unaccompanied-children", "Unaccompanied children"),
        FeedbackEntryId = "entry-42",
        Guidance = new GuidanceInfo("answered", "unaccompanied-children", [], 0.9),
    };

    [Fact]
    public void An_answer_links_the_full_article_by_its_absolute_address()
    {
        var card = Card(Render(_answer, _webChat));

        var open = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!;
        Assert.Equal("https://bot.example.org/app/kb/unaccompanied-children", open["url"]!.GetValue<string>());
        AdaptiveCardShape.AssertValid(card);
    }

    [Fact]
    public void Sources_are_citations_in_a_schema_org_Message_entity_for_both_clients()
    {
        foreach (var context in new[] { _webChat, _teams })
        {
            var entity = Render(_answer, context)["entities"]!.AsArray().Single()!;

            Assert.Equal("https://schema.org/Message", entity["type"]!.GetValue<string>());
            Assert.Equal("Message", entity["@type"]!.GetValue<string>());
            var citations = entity["citation"]!.AsArray();
            Assert.Equal([1, 2], citations.Select(c => c!["position"]!.GetValue<int>()));
            Assert.All(citations, c => Assert.Equal("Claim", c!["@type"]!.GetValue<string>()));
            var first = citations[0]!["appearance"]!;
            Assert.Equal("DigitalDocument", first["@type"]!.GetValue<string>());
            Assert.Equal("UN Convention on the Rights of the Child", first["name"]!.GetValue<string>());
            Assert.StartsWith("https://www.ohchr.org/", first["url"]!.GetValue<string>());
            // A source without its own address points at the article that quotes it.
            Assert.Equal("https://bot.example.org/app/kb/unaccompanied-children", citations[1]!["appearance"]!["url"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Web_Chat_gets_the_sources_as_Markdown_link_definitions_under_the_answer()
    {
        var text = Render(_answer, _webChat)["text"]!.GetValue<string>();

        Assert.StartsWith("Keep the child with a guardian [1] and refer them [2].", text);
        Assert.Contains("[1]: https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child \"UN Convention on the Rights of the Child, art. 20\"", text);
        Assert.Contains("[2]: https://bot.example.org/app/kb/unaccompanied-children \"General Comment No. 6, para. 33\"", text);
    }

    [Fact]
    public void Teams_gets_its_own_feedback_buttons_and_Web_Chat_gets_card_buttons()
    {
        var teams = Render(_answer, _teams);
        var webChat = Render(_answer, _webChat);

        Assert.True(teams["channelData"]!["feedbackLoopEnabled"]!.GetValue<bool>());
        Assert.DoesNotContain(Card(teams)["actions"]!.AsArray(), a => a!["type"]!.GetValue<string>() == "Action.Submit");
        Assert.Null(webChat["channelData"]!["feedbackLoopEnabled"]);
        var feedback = Card(webChat)["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.Submit").ToList();
        Assert.Equal(["Helpful", "Not helpful"], feedback.Select(a => a!["title"]!.GetValue<string>()));
        var value = feedback[1]!["data"]!["cardAction"]!["value"]!;
        Assert.Equal("feedback", value["action"]!.GetValue<string>());
        Assert.Equal("entry-42", value["entryId"]!.GetValue<string>());
        Assert.Equal("false", value["helpful"]!.GetValue<string>());
    }

    [Fact]
    public void The_outcome_travels_in_channelData_guidance()
    {
        var guidance = Render(_answer, _webChat)["channelData"]!["guidance"]!;

        Assert.Equal("answered", guidance["outcome"]!.GetValue<string>());
        Assert.Equal("unaccompanied-children", guidance["articleId"]!.GetValue<string>());
    }

    [Fact]
    public void Did_you_mean_choices_send_their_payload_as_the_value()
    {
        var reply = new BotReply("Did you mean:")
        {
            Choices =
            [
                new ReplyChoice("Age assessment", "Age assessment", new Dictionary<string, string> { ["action"] = "choose-article", ["articleId"] = "age-assessment" }),
                new ReplyChoice("Detention", "Detention", new Dictionary<string, string> { ["action"] = "choose-article", ["articleId"] = "detention" }),
            ],
        };

        var webChat = Card(Render(reply, _webChat));
        var teams = Card(Render(reply, _teams));

        AdaptiveCardShape.AssertValid(webChat);
        AdaptiveCardShape.AssertValid(teams);
        var webAction = webChat["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "ActionSet")!["actions"]![0]!["data"]!;
        Assert.True(webAction["__isBotFrameworkCardAction"]!.GetValue<bool>());
        Assert.Equal("messageBack", webAction["cardAction"]!["type"]!.GetValue<string>());
        Assert.Equal("age-assessment", webAction["cardAction"]!["value"]!["articleId"]!.GetValue<string>());
        var teamsAction = teams["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "ActionSet")!["actions"]![0]!["data"]!["msteams"]!;
        Assert.Equal("messageBack", teamsAction["type"]!.GetValue<string>());
        Assert.Equal("Age assessment", teamsAction["displayText"]!.GetValue<string>());
        Assert.Equal("age-assessment", JsonNode.Parse(teamsAction["value"]!.GetValue<string>())!["articleId"]!.GetValue<string>());
    }

    [Fact]
    public void Plain_choices_are_suggested_actions_in_Web_Chat_and_card_imBack_buttons_in_Teams()
    {
        var reply = new BotReply("Try one of these:") { Choices = [new ReplyChoice("Detention", "Can children be detained?")] };

        var webChat = Render(reply, _webChat);
        var teams = Render(reply, _teams);

        var suggested = webChat["suggestedActions"]!["actions"]![0]!;
        Assert.Equal(("imBack", "Can children be detained?"), (suggested["type"]!.GetValue<string>(), suggested["value"]!.GetValue<string>()));
        Assert.Null(webChat["attachments"]?.AsArray().FirstOrDefault());
        var button = Card(teams)["body"]![0]!["actions"]![0]!["data"]!["msteams"]!;
        Assert.Equal(("imBack", "Can children be detained?"), (button["type"]!.GetValue<string>(), button["value"]!.GetValue<string>()));
    }

    [Fact]
    public void Small_talk_is_plain_Markdown_text()
    {
        var activity = Render(new BotReply("Hello."), _teams);

        Assert.Equal("Hello.", activity["text"]!.GetValue<string>());
        Assert.Equal("markdown", activity["textFormat"]!.GetValue<string>());
        Assert.Null(activity["channelData"]);
        Assert.Null(activity["attachments"]?.AsArray().FirstOrDefault());
    }

    [Fact]
    public void A_button_value_reads_back_as_the_payload_whether_object_or_JSON_text()
    {
        var fromWebChat = ActivityMapping.ToUserMessage(new Activity(ActivityTypes.Message) { Value = Newtonsoft.Json.Linq.JObject.Parse("""{"action":"feedback","helpful":true}""") });
        var fromTeams = ActivityMapping.ToUserMessage(new Activity(ActivityTypes.Message) { Value = """{"action":"feedback","helpful":"false"}""" });

        Assert.Equal("true", fromWebChat.Value!["helpful"]);
        Assert.Equal("false", fromTeams.Value!["helpful"]);
        Assert.Equal("feedback", fromTeams.Value!["action"]);
    }

    private static JsonObject Render(BotReply reply, ReplyRenderContext context) =>
        JsonNode.Parse(JsonConvert.SerializeObject(ActivityMapping.ToActivity(reply, context), HttpHelper.BotMessageSerializerSettings))!.AsObject();

    private static JsonNode Card(JsonObject activity)
    {
        var attachment = activity["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!;
    }
}
