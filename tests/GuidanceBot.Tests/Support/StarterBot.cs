using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Support;

/// <summary>A host on the repository's starter knowledge (with its guided procedures) and a clock the test moves.</summary>
public sealed class StarterBot : IDisposable
{
    private readonly bool _ownsFolder;

    public StarterBot(TempFolder? folder = null, FakeTimeProvider? clock = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? new TempFolder();
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        Host = new BotHost(Folder, new Dictionary<string, string?> { ["Knowledge:Folder"] = Fixtures.StarterKnowledgeFolder },
            services => services.AddSingleton<TimeProvider>(Clock));
    }

    public TempFolder Folder { get; }

    public FakeTimeProvider Clock { get; }

    public BotHost Host { get; }

    public BotClient Bot(string conversationId = "officer-1") => Host.Bot(conversationId);

    public void Dispose()
    {
        Host.Dispose();
        if (_ownsFolder)
        {
            Folder.Dispose();
        }
    }
}
