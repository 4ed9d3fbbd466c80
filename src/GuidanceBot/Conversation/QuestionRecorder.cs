using GuidanceBot.Questions;

namespace GuidanceBot.Conversation;

/// <summary>
/// Records questions in the <see cref="IQuestionLog"/> as a side effect that never breaks the turn: a failure is
/// logged and the staff member still gets the answer.
/// </summary>
public sealed class QuestionRecorder(IQuestionLog log, ILogger<QuestionRecorder> logger)
{
    public async Task<string?> RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await log.RecordAsync(record, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not record a question (outcome {Outcome}); the answer is sent anyway", record.Outcome);
            return null;
        }
    }

    public Task UpdateOutcomeAsync(string? entryId, string outcome, string? articleId, CancellationToken cancellationToken) =>
        Safely(entryId, id => log.UpdateOutcomeAsync(id, outcome, articleId, cancellationToken), "update the outcome of");

    public Task SetFeedbackAsync(string? entryId, bool helpful, CancellationToken cancellationToken) =>
        Safely(entryId, id => log.SetFeedbackAsync(id, helpful, cancellationToken), "record feedback on");

    private async Task Safely(string? entryId, Func<string, Task> action, string what)
    {
        if (string.IsNullOrEmpty(entryId))
        {
            return;
        }

        try
        {
            await action(entryId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not {What} question-log entry {EntryId}", what, entryId);
        }
    }
}
