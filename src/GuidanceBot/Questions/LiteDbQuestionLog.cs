using GuidanceBot.Questions.Redaction;
using GuidanceBot.Storage;
using LiteDB;

namespace GuidanceBot.Questions;

/// <summary>
/// The question log in the shared LiteDB file (collection <c>questions</c>). Text is redacted and ids are hashed here,
/// before anything is written, so no caller can store raw personal data by mistake.
/// </summary>
public sealed class LiteDbQuestionLog : IQuestionLog
{
    internal const string CollectionName = "questions";

    private static readonly HashSet<string> _knownOutcomes = new(StringComparer.Ordinal)
    {
        QuestionOutcome.Answered, QuestionOutcome.Ambiguous, QuestionOutcome.Unanswered, QuestionOutcome.NoneOfThese,
        QuestionOutcome.Urgent, QuestionOutcome.SmallTalk, QuestionOutcome.AbandonedFlow,
    };

    private readonly LiteDatabaseProvider _provider;
    private readonly QuestionKeyHasher _hasher;
    private readonly TimeProvider _time;
    private readonly Lazy<ILiteCollection<QuestionLogEntry>> _collection;

    public LiteDbQuestionLog(LiteDatabaseProvider provider, QuestionKeyHasher hasher, TimeProvider time)
    {
        _provider = provider;
        _hasher = hasher;
        _time = time;
        _collection = new Lazy<ILiteCollection<QuestionLogEntry>>(OpenCollection, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private ILiteCollection<QuestionLogEntry> Collection => _collection.Value;

    public Task<string> RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        CheckOutcome(record.Outcome);
        var entry = new QuestionLogEntry
        {
            Id = Guid.NewGuid().ToString("N"),
            Time = _time.GetUtcNow().UtcDateTime,
            Channel = record.Channel,
            Locale = record.Locale,
            ConversationKey = _hasher.Hash(record.ConversationId),
            UserKey = _hasher.Hash(record.UserId),
            Text = Redactor.Redact(record.Text),
            Outcome = record.Outcome,
            ArticleId = record.ArticleId,
            Confidence = record.Confidence,
            Candidates = record.Candidates?.ToList() ?? [],
            FlowId = record.FlowId,
            FlowStep = record.FlowStep,
        };
        Collection.Insert(entry);
        return Task.FromResult(entry.Id);
    }

    public Task UpdateOutcomeAsync(string entryId, string outcome, string? articleId, CancellationToken cancellationToken)
    {
        CheckOutcome(outcome);
        var entry = Find(entryId);
        entry.Outcome = outcome;
        entry.ArticleId = articleId ?? entry.ArticleId;
        Collection.Update(entry);
        return Task.CompletedTask;
    }

    public Task SetFeedbackAsync(string entryId, bool helpful, CancellationToken cancellationToken)
    {
        var entry = Find(entryId);
        entry.Feedback = helpful ? QuestionFeedback.Helpful : QuestionFeedback.NotHelpful;
        Collection.Update(entry);
        return Task.CompletedTask;
    }

    /// <summary>The entries matching the filter, oldest first (times in UTC).</summary>
    public IReadOnlyList<QuestionLogEntry> Find(QuestionFilter filter)
    {
        var from = filter.From ?? DateTime.MinValue;
        var to = filter.To ?? DateTime.MaxValue;
        return Collection.Find(Query.And(Query.GTE(nameof(QuestionLogEntry.Time), from), Query.LT(nameof(QuestionLogEntry.Time), to)))
            .Select(ToUtc)
            .Where(filter.Matches)
            .OrderBy(entry => entry.Time)
            .ToList();
    }

    /// <summary>Deletes entries asked before <paramref name="cutoffUtc"/>; returns how many.</summary>
    public int DeleteOlderThan(DateTime cutoffUtc) =>
        Collection.DeleteMany(Query.LT(nameof(QuestionLogEntry.Time), cutoffUtc));

    /// <summary>Deletes entries asked in [fromUtc, toUtc); returns how many.</summary>
    public int DeletePeriod(DateTime fromUtc, DateTime toUtc)
    {
        if (toUtc <= fromUtc)
        {
            throw new ArgumentException($"The period to purge must end after it starts ({fromUtc:O} .. {toUtc:O}).");
        }

        return Collection.DeleteMany(Query.And(
            Query.GTE(nameof(QuestionLogEntry.Time), fromUtc), Query.LT(nameof(QuestionLogEntry.Time), toUtc)));
    }

    private QuestionLogEntry Find(string entryId) =>
        Collection.FindById(entryId) ?? throw new KeyNotFoundException($"No question log entry has the id '{entryId}'.");

    private static void CheckOutcome(string outcome)
    {
        if (!_knownOutcomes.Contains(outcome))
        {
            throw new ArgumentException($"'{outcome}' is not a question outcome; use one of: {string.Join(", ", _knownOutcomes)}.", nameof(outcome));
        }
    }

    // LiteDB hands dates back in local time; the log works in UTC throughout.
    private static QuestionLogEntry ToUtc(QuestionLogEntry entry)
    {
        entry.Time = entry.Time.ToUniversalTime();
        return entry;
    }

    private ILiteCollection<QuestionLogEntry> OpenCollection()
    {
        var collection = _provider.Database.GetCollection<QuestionLogEntry>(CollectionName);
        collection.EnsureIndex(entry => entry.Time);
        collection.EnsureIndex(entry => entry.Outcome);
        return collection;
    }
}
