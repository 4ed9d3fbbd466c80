using GuidanceBot.Conversation.BotFramework;
using GuidanceBot.Knowledge;
using Microsoft.Bot.Builder;

namespace GuidanceBot.Evaluation;

/// <summary>
/// The bot's services, built as the web host builds them but not listening, on a throw-away database so that
/// evaluation questions never reach the real question log.
/// </summary>
public sealed class EvalPipeline : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _databasePath;

    private EvalPipeline(WebApplication app, string databasePath)
    {
        _app = app;
        _databasePath = databasePath;
        Runner = new EvalRunner(app.Services.GetRequiredService<GuidanceBotAdapter>(), app.Services.GetRequiredService<IBot>());
        Knowledge = app.Services.GetRequiredService<KnowledgeBase>().Current;
    }

    public EvalRunner Runner { get; }

    public KnowledgeSnapshot Knowledge { get; }

    public static Task<EvalPipeline> StartAsync(string? knowledgeFolder)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"guidancebot-eval-{Guid.NewGuid():N}.db");
        var args = new List<string> { $"--Storage:Path={databasePath}", "--Logging:LogLevel:Default=Warning", "--Knowledge:WatchForChanges=false" };
        if (knowledgeFolder is not null)
        {
            args.Add($"--Knowledge:Folder={Path.GetFullPath(knowledgeFolder)}");
        }

        var builder = WebApplication.CreateBuilder(args.ToArray());
        Program.AddFeatures(builder);
        return Task.FromResult(new EvalPipeline(builder.Build(), databasePath));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var file in new[] { _databasePath, $"{_databasePath[..^".db".Length]}-log.db" })
        {
            File.Delete(file);
        }
    }
}
