using Microsoft.Extensions.Options;

namespace GuidanceBot.Knowledge;

/// <summary>
/// The live knowledge base: loads the folder at start, watches it, and after a quiet period rebuilds a complete new
/// <see cref="KnowledgeSnapshot"/> on a background thread and swaps it in with one reference write. Requests read
/// <see cref="Current"/> once and keep that snapshot, so none sees a half-built index. A load with errors still
/// serves every valid article (the loader skips only the broken files).
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeBase> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly ITimer _debounce;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private KnowledgeSnapshot _current;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<KnowledgeBase> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        Folder = KnowledgeFolderLocator.Resolve(_options.Folder, environment.ContentRootPath);
        _current = Build();
        _debounce = time.CreateTimer(_ => _ = ReloadInBackgroundAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (Directory.Exists(Folder))
        {
            _watcher = new FileSystemWatcher(Folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            _watcher.Changed += OnFolderChanged;
            _watcher.Created += OnFolderChanged;
            _watcher.Deleted += OnFolderChanged;
            _watcher.Renamed += OnFolderChanged;
            _watcher.Error += (_, args) =>
            {
                _logger.LogWarning(args.GetException(), "Watching {Folder} failed; reloading everything", Folder);
                ScheduleReload();
            };
            _watcher.EnableRaisingEvents = true;
        }
        else
        {
            _logger.LogError("Knowledge folder {Folder} does not exist; the bot has no articles to answer from", Folder);
        }
    }

    public string Folder { get; }

    /// <summary>The snapshot to use for one request; read it once per request.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot has been swapped in.</summary>
    public event Action<KnowledgeSnapshot>? Reloaded;

    /// <summary>Reloads now (also used by tests); concurrent calls run one after the other.</summary>
    public async Task ReloadAsync()
    {
        await _reloadGate.WaitAsync();
        try
        {
            var snapshot = await Task.Run(Build);
            Volatile.Write(ref _current, snapshot);
            Reloaded?.Invoke(snapshot);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }

    private KnowledgeSnapshot Build()
    {
        var load = KnowledgeLoader.Load(Folder, _options, _time);
        var snapshot = new KnowledgeSnapshot(load, _options, _time.GetUtcNow());
        foreach (var problem in load.Problems.Where(problem => problem.Severity == ProblemSeverity.Error))
        {
            _logger.LogWarning("Knowledge problem: {Problem}", problem.ToString());
        }

        _logger.LogInformation("Knowledge loaded from {Folder}: {Articles} articles served, {Errors} errors, {Warnings} warnings",
            Folder, snapshot.Articles.Count, load.Problems.Count(p => p.Severity == ProblemSeverity.Error), load.Problems.Count(p => p.Severity == ProblemSeverity.Warning));
        return snapshot;
    }

    private void OnFolderChanged(object sender, FileSystemEventArgs args) => ScheduleReload();

    /// <summary>Editors save in bursts (temp file, rename, touch): wait until the folder is quiet, then reload once.</summary>
    private void ScheduleReload() => _debounce.Change(TimeSpan.FromMilliseconds(_options.ReloadDelayMilliseconds), Timeout.InfiniteTimeSpan);

    private async Task ReloadInBackgroundAsync()
    {
        try
        {
            await ReloadAsync();
        }
        catch (Exception exception)
        {
            // The previous snapshot stays in service; the next change tries again.
            _logger.LogError(exception, "Reloading the knowledge folder {Folder} failed; still serving the previous articles", Folder);
        }
    }
}
