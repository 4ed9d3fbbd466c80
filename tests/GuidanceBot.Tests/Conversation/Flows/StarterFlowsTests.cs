using GuidanceBot.Conversation;
using GuidanceBot.Conversation.Flows;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Conversation.Flows;

/// <summary>The flows in the repository's knowledge/procedures validate and can be walked to their checklists.</summary>
public sealed class StarterFlowsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly FlowRunner _runner = new(new LocalContacts([new("emergency number", "112")]));

    public static TheoryData<string> Procedures =>
        ["referral-unaccompanied-child", "referral-age-dispute", "referral-suspected-trafficking", "referral-asylum-request"];

    private static FlowDefinition Load(string id)
    {
        var path = Path.Combine(FlowArticles.RepositoryKnowledgeFolder(), "procedures", $"{id}.md");
        var article = FlowArticles.FromMarkdownFile(path, $"procedures/{id}.md");
        var result = FlowParser.Parse(article);
        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        return result.Flow!;
    }

    [Theory]
    [MemberData(nameof(Procedures))]
    public void Starter_procedure_flows_validate(string id)
    {
        var flow = Load(id);

        Assert.Equal(id, flow.Id);
        Assert.All(flow.Steps.Where(step => step.Kind == FlowStepKind.Checklist), step => Assert.NotEmpty(step.Checklist));
    }

    [Theory]
    [MemberData(nameof(Procedures))]
    public void Every_starter_flow_finishes_when_each_question_is_answered_with_its_first_button(string id)
    {
        var flow = Load(id);
        var outcome = _runner.Start(flow, _clock.GetUtcNow());
        for (var turn = 0; outcome.Kind != FlowOutcomeKind.Finished && turn < 20; turn++)
        {
            var button = outcome.Replies[^1].Choices.FirstOrDefault(choice => choice.Payload is not null);
            outcome = button is null
                ? _runner.Answer(outcome.State, flow, "15", null, _clock.GetUtcNow())
                : _runner.Answer(outcome.State, flow, button.Value, button.Payload, _clock.GetUtcNow());
            Assert.NotEqual(FlowOutcomeKind.Reprompt, outcome.Kind);
        }

        Assert.Equal(FlowOutcomeKind.Finished, outcome.Kind);
        Assert.NotEmpty(outcome.Checklist);
        Assert.Contains(flow.Title, outcome.Summary);
        Assert.NotEmpty(outcome.Replies[^2].Sources);
    }

    [Fact]
    public void Unaccompanied_child_typed_run_gives_the_matching_checklist()
    {
        var flow = Load("referral-unaccompanied-child");
        var state = _runner.Start(flow, _clock.GetUtcNow()).State;

        foreach (var answer in new[] { "no", "with another adult relative", "he says he is 15", "yes" })
        {
            Assert.Equal(FlowOutcomeKind.Prompt, _runner.Answer(state, flow, answer, null, _clock.GetUtcNow()).Kind);
        }

        var end = _runner.Answer(state, flow, "not sure", null, _clock.GetUtcNow());
        Assert.Equal(FlowOutcomeKind.Finished, end.Kind);
        Assert.Contains(end.Checklist, item => item.StartsWith("**Relative as guardian:**", StringComparison.Ordinal));
        Assert.Contains(end.Checklist, item => item.StartsWith("**Asylum:**", StringComparison.Ordinal));
        Assert.Contains(end.Checklist, item => item.StartsWith("**Trafficking:**", StringComparison.Ordinal));
        Assert.DoesNotContain(end.Checklist, item => item.StartsWith("**Danger now:**", StringComparison.Ordinal));
        Assert.DoesNotContain(end.Checklist, item => item.StartsWith("**Age disputed:**", StringComparison.Ordinal));
        Assert.Contains("- How old is the child, or how old do they say they are? 15 years", end.Summary);
    }

    [Fact]
    public void Unaccompanied_child_in_danger_hears_the_emergency_number_at_once()
    {
        var flow = Load("referral-unaccompanied-child");
        var state = _runner.Start(flow, _clock.GetUtcNow()).State;

        var outcome = _runner.Answer(state, flow, "yes", null, _clock.GetUtcNow());

        Assert.Contains("call 112", outcome.Replies[0].Text);
        Assert.Equal("alone", state.CurrentStepId);
    }

    [Fact]
    public void Age_dispute_with_an_adult_claim_reminds_of_the_benefit_of_the_doubt()
    {
        var flow = Load("referral-age-dispute");
        var state = _runner.Start(flow, _clock.GetUtcNow()).State;

        var outcome = _runner.Answer(state, flow, "he says 19", null, _clock.GetUtcNow());
        _runner.Answer(state, flow, "no", null, _clock.GetUtcNow());
        var end = _runner.Answer(state, flow, "no", null, _clock.GetUtcNow());

        Assert.Contains("treat them as a child while their age is checked", outcome.Replies[0].Text);
        Assert.DoesNotContain(end.Checklist, item => item.Contains("**Documents:**", StringComparison.Ordinal));
        Assert.DoesNotContain(end.Checklist, item => item.Contains("**Guardian and child protection:**", StringComparison.Ordinal));
    }

    [Fact]
    public void Suspected_trafficking_with_a_suspected_adult_asks_for_a_guardian()
    {
        var flow = Load("referral-suspected-trafficking");
        var state = _runner.Start(flow, _clock.GetUtcNow()).State;

        foreach (var answer in new[] { "No", "yes", "no" })
        {
            Assert.Equal(FlowOutcomeKind.Prompt, _runner.Answer(state, flow, answer, null, _clock.GetUtcNow()).Kind);
        }

        var end = _runner.Answer(state, flow, "no", null, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.Finished, end.Kind);
        Assert.Contains(end.Checklist, item => item.StartsWith("**Guardian:**", StringComparison.Ordinal));
        Assert.DoesNotContain(end.Checklist, item => item.StartsWith("**Asylum:**", StringComparison.Ordinal));
        Assert.DoesNotContain(end.Checklist, item => item.StartsWith("**Danger now:**", StringComparison.Ordinal));
    }

    [Fact]
    public void Asylum_request_from_a_family_leaves_out_the_unaccompanied_child_steps()
    {
        var flow = Load("referral-asylum-request");
        var state = _runner.Start(flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, flow, "2", null, _clock.GetUtcNow());

        var end = _runner.Answer(state, flow, "a family with children", null, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.Finished, end.Kind);
        Assert.DoesNotContain(end.Checklist, item => item.Contains("**Unaccompanied", StringComparison.Ordinal));
        Assert.Contains(end.Checklist, item => item.Contains("**Refer the request**", StringComparison.Ordinal));
    }
}
