using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation;

/// <summary>Staff questions through POST /api/messages, answered from the fixture knowledge folder.</summary>
public sealed class QuestionAnsweringTests : IClassFixture<QuestionAnsweringTests.Host>
{
    private readonly BotHost _host;

    public QuestionAnsweringTests(Host host) => _host = host.Bot;

    [Fact]
    public async Task A_confident_match_gets_the_short_answer_its_sources_and_a_link()
    {
        var replies = await _host.Bot(NewConversation()).SayAsync("who appoints a guardian for a child who is alone?");

        var answer = Assert.Single(replies, r => r.Outcome() is not null);
        Assert.Equal("answered", answer.Outcome());
        Assert.Equal("guardianship", answer.ArticleId());
        Assert.Contains("A guardian is appointed as soon as", answer.Text());
        Assert.Contains("[1]", answer.Text());
        Assert.Contains("/kb/guardianship", replies.ToJsonString());
        Assert.Contains("General Comment No. 6", replies.ToJsonString());
    }

    [Fact]
    public async Task A_question_with_typos_still_finds_its_article()
    {
        var replies = await _host.Bot(NewConversation()).SayAsync("can childrn be hold in imigration detension");

        Assert.Contains(replies, r => r.ArticleId() == "immigration-detention" || r.ToJsonString().Contains("immigration-detention"));
    }

    [Fact]
    public async Task An_unknown_question_says_so_offers_topics_and_is_logged_for_trainers()
    {
        var replies = await _host.Bot(NewConversation()).SayAsync("What is the canteen menu on Friday?");

        var reply = Assert.Single(replies);
        Assert.Equal("unanswered", reply.Outcome());
        Assert.Contains("don't have guidance", reply.Text());
        Assert.NotEmpty(reply.ButtonTitles());
        var entry = await _host.EntryAsync(e => e["Text"].AsString.Contains("canteen menu"));
        Assert.Equal("unanswered", entry["Outcome"].AsString);
    }

    [Fact]
    public async Task Greetings_thanks_and_help_get_a_short_reply_without_a_search()
    {
        var bot = _host.Bot(NewConversation());

        foreach (var text in new[] { "Hello!", "thanks", "help" })
        {
            var reply = Assert.Single(await bot.SayAsync(text));
            Assert.Null(reply.Outcome());
        }
    }

    [Fact]
    public async Task Drafts_are_not_served_to_staff()
    {
        var replies = await _host.Bot(NewConversation()).SayAsync("How do migrant children enrol in school?");

        Assert.DoesNotContain("Draft text", replies.AllText());
        Assert.DoesNotContain(replies, r => r.ArticleId() == "draft-article");
    }

    [Fact]
    public async Task Helpful_feedback_is_recorded_against_the_answer()
    {
        var bot = _host.Bot(NewConversation());
        await bot.SayAsync("Can children be held in immigration detention?");

        await bot.PressAsync(new JsonObject { ["action"] = "feedback", ["helpful"] = "false" });

        var entry = await _host.EntryAsync(e => e["ConversationKey"].IsString && e["Text"].AsString == "Can children be held in immigration detention?" && !e["Feedback"].IsNull);
        Assert.Equal("not-helpful", entry["Feedback"].AsString);
    }

    [Fact]
    public async Task Personal_data_is_redacted_before_the_question_is_stored()
    {
        await _host.Bot(NewConversation()).SayAsync("the boy's phone is +994 50 123 45 67 and his e-mail is ali.k@example.com, can he be detained?");

        var entry = await _host.EntryAsync(e => e["Text"].AsString.Contains("can he be detained"));
        Assert.DoesNotContain("123 45 67", entry["Text"].AsString);
        Assert.DoesNotContain("example.com", entry["Text"].AsString);
        Assert.DoesNotContain(_host.Entries(), e => e.ToString().Contains("ali.k@example.com"));
    }

    private static string NewConversation() => Guid.NewGuid().ToString("N");

    public sealed class Host : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Host() => Bot = new BotHost(_folder);

        public BotHost Bot { get; }

        public void Dispose()
        {
            Bot.Dispose();
            _folder.Dispose();
        }
    }
}
