namespace GuidanceBot.Conversation.Flows;

public enum FlowOutcomeKind
{
    /// <summary>The flow moved on (or back, or restarted): send the replies, save the state.</summary>
    Prompt,

    /// <summary>The answer could not be used: send the replies (what is expected, or the question again), save the state.</summary>
    Reprompt,

    /// <summary>The flow ended: send the checklist and summary, delete the state.</summary>
    Finished,

    /// <summary>The message looks like a new question: answer it as usual, then send these replies (an offer to resume).</summary>
    NotAnAnswer,
}

/// <summary>What a flow operation produced. <see cref="State"/> is the same object that was passed in, updated.</summary>
public sealed record FlowOutcome(FlowOutcomeKind Kind, FlowState State, IReadOnlyList<BotReply> Replies)
{
    /// <summary>The checklist lines that apply (contacts filled in), when finished.</summary>
    public IReadOnlyList<string> Checklist { get; init; } = [];

    /// <summary>The plain-text summary for a case system, when finished.</summary>
    public string? Summary { get; init; }
}
