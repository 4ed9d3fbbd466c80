namespace GuidanceBot.Conversation;

/// <summary>
/// Keys and values of button payloads (<see cref="ReplyChoice.Payload"/>, <see cref="UserMessage.Value"/>).
/// Every payload has an <see cref="Action"/>; the other keys depend on it.
/// </summary>
public static class ReplyPayload
{
    public const string Action = "action";

    /// <summary>Helpful / Not helpful. Keys: <see cref="EntryId"/> (optional: the last answer), <see cref="Helpful"/> ("true"/"false").</summary>
    public const string Feedback = "feedback";

    /// <summary>A "Did you mean" choice. Keys: <see cref="ArticleId"/>, <see cref="EntryId"/>.</summary>
    public const string ChooseArticle = "choose-article";

    /// <summary>"None of these" after a "Did you mean" list. Keys: <see cref="EntryId"/>.</summary>
    public const string NoneOfThese = "none-of-these";

    /// <summary>Start a guided procedure. Keys: <see cref="ArticleId"/>.</summary>
    public const string StartFlow = "start-flow";

    /// <summary>An answer to a flow step. Keys: <see cref="StepId"/>, <see cref="Answer"/>.</summary>
    public const string FlowAnswer = "flow-answer";

    public const string EntryId = "entryId";
    public const string Helpful = "helpful";
    public const string ArticleId = "articleId";
    public const string StepId = "stepId";
    public const string Answer = "answer";
}
