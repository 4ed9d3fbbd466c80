using GuidanceBot.Questions;
using GuidanceBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Support;

/// <summary>A real <see cref="LiteDbQuestionLog"/> on its own database file (or a given folder's, kept), with a fake clock.</summary>
public sealed class QuestionLogFixture : IDisposable
{
    private readonly bool _ownsFolder;

    public QuestionLogFixture(string? hashKey = "test-secret", int retentionDays = 180, TempFolder? folder = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? new TempFolder();
        Options = Microsoft.Extensions.Options.Options.Create(new QuestionLogOptions { HashKey = hashKey, RetentionDays = retentionDays });
        Database = new LiteDatabaseProvider(Folder.PathOf("guidancebot.db"), NullLogger<LiteDatabaseProvider>.Instance);
        Hasher = new QuestionKeyHasher(Options, Database);
        Log = new LiteDbQuestionLog(Database, Hasher, Time);
    }

    public TempFolder Folder { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public IOptions<QuestionLogOptions> Options { get; }

    public LiteDatabaseProvider Database { get; }

    public QuestionKeyHasher Hasher { get; }

    public LiteDbQuestionLog Log { get; }

    public Task<string> RecordAsync(string text, string outcome = QuestionOutcome.Unanswered, string channel = "webchat",
        string conversationId = "conversation-1", string userId = "user-1", string locale = "en-US", string? articleId = null) =>
        Log.RecordAsync(new QuestionRecord(text, outcome, channel, locale, conversationId, userId, articleId), CancellationToken.None);

    public void Dispose()
    {
        Database.Dispose();
        if (_ownsFolder)
        {
            Folder.Dispose();
        }
    }
}
