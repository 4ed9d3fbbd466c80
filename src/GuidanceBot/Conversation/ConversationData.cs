namespace GuidanceBot.Conversation;

/// <summary>
/// What the bot remembers about one conversation between turns (kept in Bot Framework ConversationState, saved
/// once at the end of each turn). Holds no case details: ids of log entries and articles only.
/// </summary>
public sealed class ConversationData
{
    /// <summary>The question-log entry of the last answer, which a Helpful / Not helpful click refers to.</summary>
    public string? LastAnswerEntryId { get; set; }

    /// <summary>A "Did you mean" list awaiting a choice.</summary>
    public PendingChoice? Pending { get; set; }
}

/// <summary>The candidates offered by "Did you mean" and the log entry of the question that led to them.</summary>
public sealed class PendingChoice
{
    public string? EntryId { get; set; }

    public List<string> ArticleIds { get; set; } = [];
}
