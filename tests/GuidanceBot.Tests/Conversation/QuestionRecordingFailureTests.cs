using GuidanceBot.Questions;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Conversation;

public sealed class QuestionRecordingFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_failing_question_log_never_stops_the_answer()
    {
        using var host = new BotHost(_folder, services: services => services.AddSingleton<IQuestionLog, UnavailableQuestionLog>());

        var replies = await host.Bot().SayAsync("Can children be held in immigration detention?");

        Assert.Equal("immigration-detention", Assert.Single(replies).ArticleId());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A log whose database is gone: every call fails.</summary>
    private sealed class UnavailableQuestionLog : IQuestionLog
    {
        public Task<string> RecordAsync(QuestionRecord record, CancellationToken cancellationToken) => throw new IOException("disk full");

        public Task UpdateOutcomeAsync(string entryId, string outcome, string? articleId, CancellationToken cancellationToken) => throw new IOException("disk full");

        public Task SetFeedbackAsync(string entryId, bool helpful, CancellationToken cancellationToken) => throw new IOException("disk full");
    }
}
