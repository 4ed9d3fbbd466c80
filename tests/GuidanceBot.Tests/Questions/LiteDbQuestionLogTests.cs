using GuidanceBot.Questions;
using GuidanceBot.Storage;
using GuidanceBot.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace GuidanceBot.Tests.Questions;

public sealed class LiteDbQuestionLogTests
{
    [Fact]
    public async Task Recorded_question_is_stored_redacted_with_time_from_the_clock_and_hashed_ids()
    {
        using var fixture = new QuestionLogFixture();
        var id = await fixture.Log.RecordAsync(
            new QuestionRecord("his name is Omar, call +44 20 7946 0958", QuestionOutcome.Ambiguous, "msteams", "en-GB",
                "19:secret-conversation", "29:secret-user", "detention", 0.42, ["detention", "age-assessment"], "referral", "ask-age"),
            CancellationToken.None);

        var entry = Assert.Single(fixture.Log.Find(QuestionFilter.All));
        Assert.Equal(id, entry.Id);
        Assert.Equal("his name is [NAME], call [PHONE]", entry.Text);
        Assert.Equal(fixture.Time.GetUtcNow().UtcDateTime, entry.Time);
        Assert.Equal(DateTimeKind.Utc, entry.Time.Kind);
        Assert.Equal(("msteams", "en-GB", QuestionOutcome.Ambiguous), (entry.Channel, entry.Locale, entry.Outcome));
        Assert.Equal(("detention", 0.42), (entry.ArticleId, entry.Confidence));
        Assert.Equal(["detention", "age-assessment"], entry.Candidates);
        Assert.Equal(("referral", "ask-age"), (entry.FlowId, entry.FlowStep));
        Assert.Null(entry.Feedback);
        Assert.Equal(fixture.Hasher.Hash("19:secret-conversation"), entry.ConversationKey);
        Assert.Equal(64, entry.UserKey.Length);
        Assert.DoesNotContain("secret", entry.ConversationKey + entry.UserKey);
    }

    [Fact]
    public async Task Outcome_article_and_feedback_can_be_changed_later()
    {
        using var fixture = new QuestionLogFixture();
        var id = await fixture.RecordAsync("where do I send a child alone?", QuestionOutcome.Ambiguous);

        await fixture.Log.UpdateOutcomeAsync(id, QuestionOutcome.Answered, "referral-uasc", CancellationToken.None);
        await fixture.Log.SetFeedbackAsync(id, helpful: false, CancellationToken.None);

        var entry = Assert.Single(fixture.Log.Find(QuestionFilter.All));
        Assert.Equal((QuestionOutcome.Answered, "referral-uasc", QuestionFeedback.NotHelpful), (entry.Outcome, entry.ArticleId, entry.Feedback));
    }

    [Fact]
    public async Task Unknown_entry_or_outcome_is_a_clear_error()
    {
        using var fixture = new QuestionLogFixture();
        var missing = await Assert.ThrowsAsync<KeyNotFoundException>(() => fixture.Log.SetFeedbackAsync("nope", true, CancellationToken.None));
        Assert.Contains("nope", missing.Message);
        var bad = await Assert.ThrowsAsync<ArgumentException>(() => fixture.RecordAsync("q", outcome: "maybe"));
        Assert.Contains("unanswered", bad.Message);
        Assert.Empty(fixture.Log.Find(QuestionFilter.All));
    }

    [Fact]
    public async Task Same_id_gives_the_same_key_and_another_secret_gives_another_key()
    {
        using var first = new QuestionLogFixture(hashKey: "one");
        using var second = new QuestionLogFixture(hashKey: "two");
        Assert.Equal(first.Hasher.Hash("user-1"), first.Hasher.Hash("user-1"));
        Assert.NotEqual(first.Hasher.Hash("user-1"), first.Hasher.Hash("user-2"));
        Assert.NotEqual(first.Hasher.Hash("user-1"), second.Hasher.Hash("user-1"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Without_a_configured_secret_a_random_one_is_kept_in_the_database_across_restarts()
    {
        using var folder = new TempFolder();
        string before;
        using (var fixture = new QuestionLogFixture(hashKey: null, folder: folder))
        {
            await fixture.RecordAsync("q");
            before = fixture.Hasher.Hash("user-1");
            Assert.NotNull(fixture.Database.Database.GetCollection(QuestionKeyHasher.SettingsCollection).FindById(QuestionKeyHasher.GeneratedKeyId));
        }

        using var restarted = new QuestionLogFixture(hashKey: null, folder: folder);
        Assert.Equal(before, restarted.Hasher.Hash("user-1"));
        using var elsewhere = new QuestionLogFixture(hashKey: null);
        Assert.NotEqual(before, elsewhere.Hasher.Hash("user-1"));
    }

    [Fact]
    public async Task Filter_selects_period_outcome_channel_and_language()
    {
        using var fixture = new QuestionLogFixture();
        await fixture.RecordAsync("a", QuestionOutcome.Unanswered, "webchat", locale: "en-US");
        fixture.Time.Advance(TimeSpan.FromDays(1));
        await fixture.RecordAsync("b", QuestionOutcome.Answered, "msteams", locale: "fr-FR");
        fixture.Time.Advance(TimeSpan.FromDays(1));
        await fixture.RecordAsync("c", QuestionOutcome.NoneOfThese, "msteams", locale: "en-GB");
        var start = new DateTime(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(["b", "c"], Texts(new QuestionFilter { From = start.AddDays(1) }));
        Assert.Equal(["a", "b"], Texts(new QuestionFilter { To = start.AddDays(2) }));
        Assert.Equal(["a", "c"], Texts(new QuestionFilter { Outcomes = [QuestionOutcome.Unanswered, QuestionOutcome.NoneOfThese] }));
        Assert.Equal(["b", "c"], Texts(new QuestionFilter { Channel = "msteams" }));
        Assert.Equal(["a", "c"], Texts(new QuestionFilter { Language = "en" }));

        IEnumerable<string> Texts(QuestionFilter filter) => fixture.Log.Find(filter).Select(entry => entry.Text);
    }

    [Fact]
    public async Task Purging_a_period_deletes_only_that_period()
    {
        using var fixture = new QuestionLogFixture();
        foreach (var text in new[] { "day 0", "day 1", "day 2" })
        {
            await fixture.RecordAsync(text);
            fixture.Time.Advance(TimeSpan.FromDays(1));
        }

        var start = new DateTime(2025, 3, 10, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(1, fixture.Log.DeletePeriod(start.AddDays(1), start.AddDays(2)));
        Assert.Equal(["day 0", "day 2"], fixture.Log.Find(QuestionFilter.All).Select(entry => entry.Text));
        Assert.Throws<ArgumentException>(() => fixture.Log.DeletePeriod(start.AddDays(2), start.AddDays(1)));
    }

    [Fact]
    public async Task Time_and_outcome_are_indexed()
    {
        using var fixture = new QuestionLogFixture();
        await fixture.RecordAsync("q");
        var indexes = fixture.Database.Database.GetCollection("$indexes")
            .Find(Query.EQ("collection", "questions")).Select(index => index["name"].AsString).ToList();
        Assert.Contains("Time", indexes);
        Assert.Contains("Outcome", indexes);
    }
}
