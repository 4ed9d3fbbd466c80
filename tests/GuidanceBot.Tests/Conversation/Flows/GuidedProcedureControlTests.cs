using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Conversation.Flows;

/// <summary>back, restart, cancel, help, interruptions, restarts of the host, idle expiry and the urgent override.</summary>
public sealed class GuidedProcedureControlTests : IDisposable
{
    private static readonly JsonObject _startAgeDispute = new() { ["action"] = "start-flow", ["articleId"] = "referral-age-dispute" };
    private readonly StarterBot _starter = new();

    private async Task<BotClient> InAgeDisputeFlowAsync(string conversation = "officer-1")
    {
        var bot = _starter.Bot(conversation);
        await bot.PressAsync((JsonObject)_startAgeDispute.DeepClone());
        await bot.SayAsync("16");
        return bot;
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question()
    {
        var bot = await InAgeDisputeFlowAsync();

        var replies = await bot.SayAsync("back");

        Assert.Contains("How old does the person say they are", replies.AllText());
    }

    [Fact]
    public async Task Restart_begins_the_procedure_again()
    {
        var bot = await InAgeDisputeFlowAsync();
        await bot.SayAsync("yes");

        var replies = await bot.SayAsync("restart");

        Assert.Contains("How old does the person say they are", replies.AllText());
    }

    [Fact]
    public async Task Cancel_leaves_the_flow_and_records_where_it_stopped()
    {
        var bot = await InAgeDisputeFlowAsync();

        var replies = await bot.SayAsync("cancel");

        Assert.Contains("You left", replies.AllText());
        var entry = await _starter.Host.EntryAsync(e => e["Outcome"].AsString == "abandoned-flow");
        Assert.Equal("referral-age-dispute", entry["FlowId"].AsString);
        Assert.Equal("documents", entry["FlowStep"].AsString);
        Assert.Null((await bot.SayAsync("hello")).Single().Outcome());
    }

    [Fact]
    public async Task Help_explains_and_repeats_the_question()
    {
        var bot = await InAgeDisputeFlowAsync();

        var replies = await bot.SayAsync("help");

        Assert.Contains("documents", replies.AllText());
        Assert.True(replies.Count >= 2);
    }

    [Fact]
    public async Task An_unrelated_question_is_answered_and_the_flow_can_be_resumed()
    {
        var bot = await InAgeDisputeFlowAsync();

        var replies = await bot.SayAsync("Can children be held in immigration detention?");
        Assert.Contains(replies, r => r.Outcome() == "answered");
        Assert.Contains("You are in the middle of", replies.AllText());

        var resumed = await bot.ClickAsync(replies, "Continue");
        Assert.Contains("documents", resumed.AllText());
    }

    [Fact]
    public async Task A_flow_resumes_after_the_host_restarts_on_the_same_database()
    {
        var folder = new TempFolder();
        try
        {
            using (var first = new StarterBot(folder))
            {
                var bot = first.Bot("officer-restart");
                await bot.PressAsync((JsonObject)_startAgeDispute.DeepClone());
                await bot.SayAsync("17");
            }

            using var second = new StarterBot(folder);
            var replies = await second.Bot("officer-restart").SayAsync("yes");

            Assert.Contains("without a parent or usual caregiver", replies.AllText());
        }
        finally
        {
            folder.Dispose();
        }
    }

    [Fact]
    public async Task An_idle_flow_expires_and_is_recorded_as_abandoned()
    {
        var bot = await InAgeDisputeFlowAsync();

        _starter.Clock.Advance(TimeSpan.FromHours(25));
        var replies = await bot.SayAsync("yes");

        Assert.Contains("left unfinished for a long time", replies.AllText());
        var entry = await _starter.Host.EntryAsync(e => e["Outcome"].AsString == "abandoned-flow");
        Assert.Equal("documents", entry["FlowStep"].AsString);
    }

    [Fact]
    public async Task A_flow_used_within_the_idle_period_does_not_expire()
    {
        var bot = await InAgeDisputeFlowAsync();

        _starter.Clock.Advance(TimeSpan.FromHours(23));
        var replies = await bot.SayAsync("yes");

        Assert.Contains("without a parent or usual caregiver", replies.AllText());
    }

    [Fact]
    public async Task An_urgent_message_gets_the_urgent_guidance_first_when_idle()
    {
        var replies = await _starter.Bot("officer-urgent").SayAsync("the boy is bleeding a lot, what do I do with him now?");

        Assert.Equal("urgent", replies[0].Outcome());
        Assert.Equal("referral-urgent-danger", replies[0].ArticleId());
        var entry = await _starter.Host.EntryAsync(e => e["Outcome"].AsString == "urgent");
        Assert.Equal("referral-urgent-danger", entry["ArticleId"].AsString);
    }

    [Fact]
    public async Task An_urgent_message_inside_a_flow_comes_first_and_the_flow_is_kept()
    {
        var bot = await InAgeDisputeFlowAsync();

        var replies = await bot.SayAsync("she has stopped breathing");
        Assert.Equal("urgent", replies[0].Outcome());
        Assert.Contains("You are in the middle of", replies.AllText());

        var resumed = await bot.SayAsync("continue");
        Assert.Contains("documents", resumed.AllText());
    }

    [Fact]
    public async Task Flows_of_different_conversations_are_kept_apart()
    {
        var first = await InAgeDisputeFlowAsync("team-a");
        var other = _starter.Bot("team-b");

        var replies = await other.SayAsync("yes");

        Assert.DoesNotContain("without a parent or usual caregiver", replies.AllText());
        Assert.Contains("without a parent or usual caregiver", (await first.SayAsync("yes")).AllText());
    }

    public void Dispose() => _starter.Dispose();
}
