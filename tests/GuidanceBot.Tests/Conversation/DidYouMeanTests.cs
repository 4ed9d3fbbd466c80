using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation;

/// <summary>A close call between articles: "Did you mean" choices, choosing one, and "None of these".</summary>
public sealed class DidYouMeanTests : IDisposable
{
    private const string CloseCall = "the child's family";
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public DidYouMeanTests() => _host = new BotHost(_folder);

    [Fact]
    public async Task A_close_call_offers_up_to_three_articles_and_none_of_these()
    {
        var reply = Assert.Single(await _host.Bot().SayAsync(CloseCall));

        Assert.Equal("ambiguous", reply.Outcome());
        Assert.Contains("family-tracing", reply.Candidates());
        Assert.Contains("family-reunification", reply.Candidates());
        Assert.InRange(reply.ButtonTitles().Count, 3, 4);
        Assert.Equal("None of these", reply.ButtonTitles()[^1]);
    }

    [Fact]
    public async Task Choosing_an_offered_article_answers_it()
    {
        var bot = _host.Bot();
        await bot.SayAsync(CloseCall);

        var replies = await bot.SayAsync("Tracing the family of a separated child");

        var answer = Assert.Single(replies);
        Assert.Equal("answered", answer.Outcome());
        Assert.Equal("family-tracing", answer.ArticleId());
        var entry = await _host.EntryAsync(e => e["Text"].AsString == CloseCall && e["Outcome"].AsString == "answered");
        Assert.Equal("family-tracing", entry["ArticleId"].AsString);
    }

    [Fact]
    public async Task Pressing_a_choice_button_answers_it()
    {
        var bot = _host.Bot();
        var offer = Assert.Single(await bot.SayAsync(CloseCall));
        var choice = offer["suggestedActions"]?["actions"]?.AsArray()
            .Select(a => a!.AsObject())
            .FirstOrDefault(a => a["value"] is JsonObject value && value["articleId"]?.GetValue<string>() == "family-reunification");

        var value = choice?["value"]?.AsObject() ?? new JsonObject { ["action"] = "choose-article", ["articleId"] = "family-reunification" };
        var answer = Assert.Single(await bot.PressAsync((JsonObject)value.DeepClone()));

        Assert.Equal("family-reunification", answer.ArticleId());
    }

    [Fact]
    public async Task None_of_these_is_recorded_as_unanswered_for_trainers()
    {
        var bot = _host.Bot();
        await bot.SayAsync(CloseCall);

        var reply = Assert.Single(await bot.SayAsync("None of these"));

        Assert.Equal("none-of-these", reply.Outcome());
        Assert.Contains("trainers", reply.Text());
        await _host.EntryAsync(e => e["Text"].AsString == CloseCall && e["Outcome"].AsString == "none-of-these");
    }

    [Fact]
    public async Task A_new_question_after_the_choices_is_answered_as_a_question()
    {
        var bot = _host.Bot();
        await bot.SayAsync(CloseCall);

        var reply = Assert.Single(await bot.SayAsync("Can children be held in immigration detention?"));

        Assert.Equal("immigration-detention", reply.ArticleId());
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
