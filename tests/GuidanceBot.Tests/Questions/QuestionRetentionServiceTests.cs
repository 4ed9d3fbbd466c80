using GuidanceBot.Questions;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace GuidanceBot.Tests.Questions;

public sealed class QuestionRetentionServiceTests
{
    [Fact]
    public async Task Entries_older_than_the_retention_period_are_deleted_at_start_and_then_daily()
    {
        using var fixture = new QuestionLogFixture(retentionDays: 30);
        await fixture.RecordAsync("asked 40 days ago");
        fixture.Time.Advance(TimeSpan.FromDays(10));
        await fixture.RecordAsync("asked 30 days ago and a half");
        fixture.Time.Advance(TimeSpan.FromDays(29.5));
        await fixture.RecordAsync("asked today");
        fixture.Time.Advance(TimeSpan.FromDays(0.5));
        using var service = new QuestionRetentionService(fixture.Log, fixture.Options, fixture.Time, NullLogger<QuestionRetentionService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await WaitUntil(() => Texts(fixture).SequenceEqual(["asked 30 days ago and a half", "asked today"]));

        // Nothing else is deleted until a day has passed; then the next run removes what has expired meanwhile.
        fixture.Time.Advance(TimeSpan.FromHours(23));
        await Task.Delay(200);
        Assert.Equal(2, Texts(fixture).Count);
        fixture.Time.Advance(TimeSpan.FromHours(1));
        await WaitUntil(() => Texts(fixture).SequenceEqual(["asked today"]));

        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_entry_just_inside_the_period_is_kept()
    {
        using var fixture = new QuestionLogFixture(retentionDays: 180);
        await fixture.RecordAsync("q");
        fixture.Time.Advance(TimeSpan.FromDays(180) - TimeSpan.FromSeconds(1));
        using var service = new QuestionRetentionService(fixture.Log, fixture.Options, fixture.Time, NullLogger<QuestionRetentionService>.Instance);
        Assert.Equal(0, service.DeleteExpired());
        fixture.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, service.DeleteExpired());
    }

    private static List<string> Texts(QuestionLogFixture fixture) => fixture.Log.Find(QuestionFilter.All).Select(entry => entry.Text).ToList();

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The retention service did not delete the expired entries in time.");
            await Task.Delay(20);
        }
    }
}
