namespace GuidanceBot.Conversation.Flows;

/// <summary>
/// Where a user is in a guided procedure. Stored in the Bot Framework's ConversationState (Newtonsoft JSON, LiteDB),
/// so it is a plain object that survives a restart. Holds answers to the flow's questions only: no names, no case
/// numbers, because no step asks for them.
/// </summary>
public sealed class FlowState
{
    /// <summary>The procedure article's id.</summary>
    public string ProcedureId { get; set; } = "";

    /// <summary>The question being asked now.</summary>
    public string CurrentStepId { get; set; } = "";

    /// <summary>Step id to the normalised answer that conditions compare ("15", "2024-03-12", a choice's value).</summary>
    public Dictionary<string, string> Answers { get; set; } = [];

    /// <summary>Step id to the answer as shown in the summary ("15 years", a choice's label).</summary>
    public Dictionary<string, string> AnswerDisplays { get; set; } = [];

    /// <summary>The questions answered so far, in order; "back" pops the last one.</summary>
    public List<string> History { get; set; } = [];

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>Answers to the current question that could not be used, for re-prompting.</summary>
    public int FailedAttempts { get; set; }
}
