using GuidanceBot.Conversation.Texts;

namespace GuidanceBot.Conversation.Flows;

/// <summary>
/// Walks a user through a <see cref="FlowDefinition"/>: a pure state machine over <see cref="FlowState"/>, with no
/// I/O; the caller loads and saves the state and sends the replies. Information steps are shown on the way and never
/// wait, so the current step is always a question.
/// </summary>
public sealed class FlowRunner(LocalContacts contacts, BotTexts texts, AnswerRecognizer recognizer)
{
    // A validated flow cannot chain information steps forever; this guards a flow that skipped validation.
    private const int MaxStepsPerTurn = 100;

    private readonly FlowPrompts _prompts = new(contacts, texts);
    private readonly FlowSummary _summary = new(contacts, texts);

    public FlowRunner(LocalContacts contacts)
        : this(contacts, BotTexts.English, new AnswerRecognizer(BotTexts.English))
    {
    }

    public FlowOutcome Start(FlowDefinition flow, DateTimeOffset now)
    {
        var state = new FlowState { ProcedureId = flow.Id, StartedAt = now, LastActivityAt = now };
        return Advance(flow, state, flow.StartStepId, [new BotReply(string.Format(texts.FlowStarted, flow.Title))], now);
    }

    /// <summary>Handles typed text, or a button's payload (<see cref="ReplyPayload.FlowAnswer"/>) when there is one.</summary>
    public FlowOutcome Answer(FlowState state, FlowDefinition flow, string text, IReadOnlyDictionary<string, string>? payload, DateTimeOffset now)
    {
        if (Current(state, flow) is not { } step)
        {
            return Changed(state, flow, now);
        }

        state.LastActivityAt = now;
        RecognizedAnswer? answer;
        if (payload?.GetValueOrDefault(ReplyPayload.Action) == ReplyPayload.FlowAnswer)
        {
            if (payload.GetValueOrDefault(ReplyPayload.StepId) != step.Id)
            {
                return new FlowOutcome(FlowOutcomeKind.Reprompt, state, [_prompts.Question(step, state, texts.FlowStaleButton)]);
            }

            var value = payload.GetValueOrDefault(ReplyPayload.Answer) ?? "";
            answer = step.Choices.FirstOrDefault(choice => choice.Value == value) is { } chosen
                ? new RecognizedAnswer(chosen.Value, chosen.Label, chosen)
                : recognizer.Recognize(step, value, now);
        }
        else
        {
            answer = recognizer.Recognize(step, text, now);
        }

        return answer is null ? Unusable(state, flow, step, text) : Accept(state, flow, step, answer, now);
    }

    public FlowOutcome Answer(FlowState state, FlowDefinition flow, UserMessage message, DateTimeOffset now) =>
        Answer(state, flow, message.Text, message.Value, now);

    public FlowOutcome Back(FlowState state, FlowDefinition flow, DateTimeOffset now)
    {
        if (Current(state, flow) is not { } step)
        {
            return Changed(state, flow, now);
        }

        state.LastActivityAt = now;
        state.FailedAttempts = 0;
        if (state.History.Count == 0)
        {
            return new FlowOutcome(FlowOutcomeKind.Prompt, state, [_prompts.Question(step, state, texts.FlowAtFirstStep)]);
        }

        var previous = state.History[^1];
        state.History.RemoveAt(state.History.Count - 1);
        state.Answers.Remove(previous);
        state.AnswerDisplays.Remove(previous);
        state.CurrentStepId = previous;
        return new FlowOutcome(FlowOutcomeKind.Prompt, state, [_prompts.Question(flow.Find(previous)!, state)]);
    }

    public FlowOutcome Restart(FlowState state, FlowDefinition flow, DateTimeOffset now) =>
        Reset(state, flow, now, texts.FlowRestarted);

    /// <summary>Asks the current question again, as after "continue" following an interrupting question.</summary>
    public FlowOutcome Resume(FlowState state, FlowDefinition flow, DateTimeOffset now)
    {
        if (Current(state, flow) is not { } step)
        {
            return Changed(state, flow, now);
        }

        state.LastActivityAt = now;
        return new FlowOutcome(FlowOutcomeKind.Prompt, state, [_prompts.Question(step, state)]);
    }

    /// <summary>"You are in the middle of ...", with Continue and Cancel buttons.</summary>
    public BotReply ResumeOffer(FlowDefinition flow) => _prompts.ResumeOffer(flow);

    /// <summary>How flows work, followed by the current question.</summary>
    public IReadOnlyList<BotReply> Help(FlowState state, FlowDefinition flow) =>
        Current(state, flow) is { } step
            ? [new BotReply(string.Format(texts.FlowHelp, flow.Title)), _prompts.Question(step, state)]
            : [new BotReply(string.Format(texts.FlowHelp, flow.Title))];

    public static bool IsExpired(FlowState state, DateTimeOffset now, TimeSpan idleTimeout) => now - state.LastActivityAt > idleTimeout;

    private FlowOutcome Accept(FlowState state, FlowDefinition flow, FlowStep step, RecognizedAnswer answer, DateTimeOffset now)
    {
        state.Answers[step.Id] = answer.Value;
        state.AnswerDisplays[step.Id] = answer.Display;
        state.History.Add(step.Id);
        var next = answer.Choice?.Goto?.StepId
            ?? step.Branches.FirstOrDefault(branch => branch.When?.Holds(state.Answers) ?? true)?.Goto.StepId
            ?? step.Next?.StepId
            ?? throw new InvalidOperationException($"Flow '{flow.Id}' has no way forward from step '{step.Id}'; validation should have caught it.");
        return Advance(flow, state, next, [], now);
    }

    private FlowOutcome Unusable(FlowState state, FlowDefinition flow, FlowStep step, string text)
    {
        if (LooksLikeQuestion(text))
        {
            return new FlowOutcome(FlowOutcomeKind.NotAnAnswer, state, [_prompts.ResumeOffer(flow)]);
        }

        state.FailedAttempts++;
        var reply = state.FailedAttempts == 1 ? _prompts.Expectation(step, state) : _prompts.Question(step, state, texts.FlowAskAgain);
        return new FlowOutcome(FlowOutcomeKind.Reprompt, state, [reply]);
    }

    /// <summary>Moves to <paramref name="stepId"/>, showing information steps on the way, until a question or the end.</summary>
    private FlowOutcome Advance(FlowDefinition flow, FlowState state, string stepId, List<BotReply> replies, DateTimeOffset now)
    {
        state.FailedAttempts = 0;
        for (var hops = 0; hops < MaxStepsPerTurn; hops++)
        {
            var step = flow.Find(stepId) ?? throw new InvalidOperationException($"Flow '{flow.Id}' has no step '{stepId}'; validation should have caught it.");
            switch (step.Kind)
            {
                case FlowStepKind.Information:
                    replies.Add(_prompts.Information(step));
                    stepId = step.Next!.StepId;
                    continue;
                case FlowStepKind.Checklist:
                    state.CurrentStepId = step.Id;
                    var (finalReplies, items, summary) = _summary.Finish(flow, step, state, now);
                    replies.AddRange(finalReplies);
                    return new FlowOutcome(FlowOutcomeKind.Finished, state, replies) { Checklist = items, Summary = summary };
                default:
                    state.CurrentStepId = step.Id;
                    replies.Add(_prompts.Question(step, state));
                    return new FlowOutcome(FlowOutcomeKind.Prompt, state, replies);
            }
        }

        throw new InvalidOperationException($"Flow '{flow.Id}' loops through information steps without asking anything.");
    }

    private FlowOutcome Changed(FlowState state, FlowDefinition flow, DateTimeOffset now) => Reset(state, flow, now, texts.FlowChanged);

    private FlowOutcome Reset(FlowState state, FlowDefinition flow, DateTimeOffset now, string message)
    {
        state.ProcedureId = flow.Id;
        state.Answers.Clear();
        state.AnswerDisplays.Clear();
        state.History.Clear();
        state.StartedAt = now;
        state.LastActivityAt = now;
        return Advance(flow, state, flow.StartStepId, [new BotReply(string.Format(message, flow.Title))], now);
    }

    /// <summary>A question step (the state may point to a step trainers have since removed, or to the end).</summary>
    private static FlowStep? Current(FlowState state, FlowDefinition flow) =>
        state.ProcedureId == flow.Id && flow.Find(state.CurrentStepId) is { Kind: FlowStepKind.Question } step ? step : null;

    private bool LooksLikeQuestion(string text)
    {
        var words = AnswerText.Words(text);
        return (text.TrimEnd().EndsWith('?') && words.Length >= 2)
            || (words.Length >= 3 && texts.FlowQuestionWords.Contains(words[0], StringComparer.OrdinalIgnoreCase));
    }
}
