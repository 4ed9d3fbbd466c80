using GuidanceBot.Conversation;
using GuidanceBot.Conversation.Flows;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace GuidanceBot.Tests.Conversation.Flows;

public sealed class FlowRunnerTests
{
    private const string Procedure = """
        id: referral-test
        title: Test referral
        type: procedure
        sources:
          - { title: "General Comment No. 6", ref: "para 31" }
        flow:
          start: alone
          steps:
            - id: alone
              ask: Is the child travelling alone?
              choices:
                - { label: "Yes, alone", value: yes, goto: age }
                - { label: "No, with family", value: no, goto: age }
                - { label: "Not sure", value: unsure, goto: age }
            - id: age
              ask: How old is the child?
              expect: age
              choices:
                - { label: "Unknown", goto: doubt }
              branches:
                - { when: "age < 18", goto: done }
                - { otherwise: true, goto: doubt }
            - id: doubt
              say: If the person may be a child, treat them as a child.
              next: done
            - id: done
              checklist:
                - "Call [LOCAL: emergency number]"
                - text: Ask for a guardian
                  when: "alone == yes"
                - text: Treat as a child while the age is checked
                  when: "age < 18 or age == unknown"
        """;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly FlowDefinition _flow = FlowArticles.Flow(Procedure);
    private readonly FlowRunner _runner = new(new LocalContacts([new("emergency number", "112")]));

    private static Dictionary<string, string> Button(BotReply reply, string title) =>
        new(reply.Choices.Single(choice => choice.Title == title).Payload!);

    [Fact]
    public void Start_asks_the_first_question_with_its_choices_as_buttons()
    {
        var outcome = _runner.Start(_flow, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.Prompt, outcome.Kind);
        Assert.Equal(("referral-test", "alone"), (outcome.State.ProcedureId, outcome.State.CurrentStepId));
        var question = outcome.Replies[^1];
        Assert.Equal("Is the child travelling alone?", question.Text);
        Assert.Equal(["Yes, alone", "No, with family", "Not sure", "Cancel"], question.Choices.Select(choice => choice.Title));
        Assert.Equal(new Dictionary<string, string> { ["action"] = "flow-answer", ["stepId"] = "alone", ["answer"] = "yes" }, Button(question, "Yes, alone"));
    }

    [Fact]
    public void A_run_with_a_button_and_a_typed_age_ends_with_the_checklist_that_applies_and_a_summary()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        var first = _runner.Answer(state, _flow, "Yes, alone", Button(_runner.Resume(state, _flow, _clock.GetUtcNow()).Replies[0], "Yes, alone"), _clock.GetUtcNow());
        Assert.Equal("age", first.State.CurrentStepId);
        Assert.Equal(["Unknown", "Back", "Cancel"], first.Replies[0].Choices.Select(choice => choice.Title));

        var end = _runner.Answer(state, _flow, "he says he is 16", null, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.Finished, end.Kind);
        Assert.Equal(["Call 112", "Ask for a guardian", "Treat as a child while the age is checked"], end.Checklist);
        Assert.Contains("- Call 112", end.Replies[0].Text);
        Assert.Equal("General Comment No. 6", Assert.Single(end.Replies[0].Sources).Title);
        Assert.Equal("referral-test", end.Replies[0].Article?.Id);
        Assert.Contains("```", end.Replies[1].Text);
        Assert.Equal("""
            Procedure: Test referral
            Date: 2026-11-28 09:00 UTC
            Answers:
            - Is the child travelling alone? Yes, alone
            - How old is the child? 16 years
            Checklist:
            [ ] Call 112
            [ ] Ask for a guardian
            [ ] Treat as a child while the age is checked
            Sources:
            - General Comment No. 6, para 31
            """, end.Summary);
    }

    [Fact]
    public void Typed_variants_and_an_adult_age_pass_through_the_information_step()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "nope", null, _clock.GetUtcNow());

        var end = _runner.Answer(state, _flow, "about twenty", null, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.Finished, end.Kind);
        Assert.Equal("If the person may be a child, treat them as a child.", end.Replies[0].Text);
        Assert.Equal(["Call 112"], end.Checklist);
        Assert.Equal("no", state.Answers["alone"]);
    }

    [Fact]
    public void A_choice_on_a_typed_question_counts_as_its_value_in_conditions()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "not sure", null, _clock.GetUtcNow());

        var end = _runner.Answer(state, _flow, "I don't know", null, _clock.GetUtcNow());

        Assert.Equal(["Call 112", "Treat as a child while the age is checked"], end.Checklist);
    }

    [Fact]
    public void Back_returns_to_the_previous_question_and_forgets_its_answer()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());

        var back = _runner.Back(state, _flow, _clock.GetUtcNow());

        Assert.Equal(("alone", 0), (back.State.CurrentStepId, back.State.Answers.Count));
        Assert.Equal("Is the child travelling alone?", back.Replies[0].Text);
        var again = _runner.Back(state, _flow, _clock.GetUtcNow());
        Assert.StartsWith("This is the first question", again.Replies[0].Text);
    }

    [Fact]
    public void Restart_clears_the_answers_and_asks_the_first_question()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());

        var restart = _runner.Restart(state, _flow, _clock.GetUtcNow());

        Assert.Equal(("alone", 0, 0), (restart.State.CurrentStepId, restart.State.Answers.Count, restart.State.History.Count));
        Assert.Contains("again", restart.Replies[0].Text);
        Assert.Equal("Is the child travelling alone?", restart.Replies[1].Text);
    }

    [Fact]
    public void An_unusable_answer_gets_what_is_expected_then_the_choices_again()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;

        var first = _runner.Answer(state, _flow, "purple", null, _clock.GetUtcNow());
        var second = _runner.Answer(state, _flow, "green", null, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.Reprompt, first.Kind);
        Assert.Equal("Please choose one of: *Yes, alone*, *No, with family*, *Not sure*.", first.Replies[0].Text);
        Assert.DoesNotContain(first.Replies[0].Choices, choice => choice.Payload is not null);
        Assert.Equal(FlowOutcomeKind.Reprompt, second.Kind);
        Assert.Contains("Is the child travelling alone?", second.Replies[0].Text);
        Assert.Equal(3, second.Replies[0].Choices.Count(choice => choice.Payload is not null));
        Assert.Equal(0, _runner.Answer(state, _flow, "y", null, _clock.GetUtcNow()).State.FailedAttempts);
    }

    [Fact]
    public void An_unusable_age_says_an_age_is_expected()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());

        var outcome = _runner.Answer(state, _flow, "tall", null, _clock.GetUtcNow());

        Assert.StartsWith("Please type the age in years", outcome.Replies[0].Text);
        Assert.Contains("*Unknown*", outcome.Replies[0].Text);
    }

    [Fact]
    public void An_unrelated_question_is_not_an_answer_and_the_flow_offers_to_resume()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;

        var outcome = _runner.Answer(state, _flow, "What does the law say about detention of children?", null, _clock.GetUtcNow());

        Assert.Equal(FlowOutcomeKind.NotAnAnswer, outcome.Kind);
        Assert.Equal(("alone", 0), (state.CurrentStepId, state.FailedAttempts));
        Assert.Equal(["Continue", "Cancel"], outcome.Replies[0].Choices.Select(choice => choice.Title));
        Assert.Equal(FlowCommand.Resume, FlowCommands.Parse("Continue"));
        Assert.Equal("Is the child travelling alone?", _runner.Resume(state, _flow, _clock.GetUtcNow()).Replies[0].Text);
    }

    [Fact]
    public void A_button_from_an_earlier_question_does_not_answer_the_current_one()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());
        var stale = new Dictionary<string, string> { ["action"] = "flow-answer", ["stepId"] = "alone", ["answer"] = "no" };

        var outcome = _runner.Answer(state, _flow, "No, with family", stale, _clock.GetUtcNow());

        Assert.Equal(("age", "yes"), (state.CurrentStepId, state.Answers["alone"]));
        Assert.StartsWith("That button belongs to an earlier question", outcome.Replies[0].Text);
    }

    [Fact]
    public void Flow_state_expires_after_the_idle_timeout()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _clock.Advance(TimeSpan.FromHours(23));
        _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromHours(23));
        Assert.False(FlowRunner.IsExpired(state, _clock.GetUtcNow(), TimeSpan.FromHours(24)));
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.True(FlowRunner.IsExpired(state, _clock.GetUtcNow(), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void A_state_whose_step_was_removed_by_trainers_starts_again()
    {
        var state = new FlowState { ProcedureId = "referral-test", CurrentStepId = "removed", History = ["x"] };

        var outcome = _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());

        Assert.Equal(("alone", 0), (state.CurrentStepId, state.History.Count));
        Assert.Contains("changed", outcome.Replies[0].Text);
    }

    [Fact]
    public void Flow_state_survives_a_json_round_trip_as_conversation_state_does()
    {
        var state = _runner.Start(_flow, _clock.GetUtcNow()).State;
        _runner.Answer(state, _flow, "yes", null, _clock.GetUtcNow());
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };

        var copy = JsonConvert.DeserializeObject<FlowState>(JsonConvert.SerializeObject(state, settings), settings)!;

        Assert.Equal(FlowOutcomeKind.Finished, _runner.Answer(copy, _flow, "15", null, _clock.GetUtcNow()).Kind);
        Assert.Equal(state.StartedAt, copy.StartedAt);
    }

    [Theory]
    [InlineData("back", FlowCommand.Back)]
    [InlineData("Go back", FlowCommand.Back)]
    [InlineData("start again", FlowCommand.Restart)]
    [InlineData("Cancel please", FlowCommand.Cancel)]
    [InlineData("HELP!", FlowCommand.Help)]
    [InlineData("continue", FlowCommand.Resume)]
    [InlineData("how do I go back to my country", FlowCommand.None)]
    [InlineData("stop detention", FlowCommand.None)]
    public void Commands_are_recognised_only_as_whole_messages(string text, FlowCommand expected)
    {
        Assert.Equal(expected, FlowCommands.Parse(text));
    }
}
