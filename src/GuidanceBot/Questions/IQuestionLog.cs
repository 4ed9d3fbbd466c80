namespace GuidanceBot.Questions;

/// <summary>
/// The log of what staff asked and what happened, which trainers and coordinators review. Implementations redact
/// personal data from the text and hash the conversation/user ids before anything is stored, and stamp the time
/// from the injected <see cref="TimeProvider"/>. Callers treat failures as non-fatal: staff still get the answer.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Stores one question (redacted) and returns the stored entry's id.</summary>
    Task<string> RecordAsync(QuestionRecord record, CancellationToken cancellationToken);

    /// <summary>Changes an entry's outcome, e.g. to "none-of-these" after a "Did you mean" list, or sets its article.</summary>
    Task UpdateOutcomeAsync(string entryId, string outcome, string? articleId, CancellationToken cancellationToken);

    /// <summary>Records "Helpful" (true) or "Not helpful" (false) against an answered entry.</summary>
    Task SetFeedbackAsync(string entryId, bool helpful, CancellationToken cancellationToken);
}

/// <summary>A question as the conversation knows it: raw text and ids, which the log redacts and hashes.</summary>
public sealed record QuestionRecord(
    string Text,
    string Outcome,
    string Channel,
    string Locale,
    string ConversationId,
    string UserId,
    string? ArticleId = null,
    double Confidence = 0,
    IReadOnlyList<string>? Candidates = null,
    string? FlowId = null,
    string? FlowStep = null);
