using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The real GuidanceBot web host on Kestrel at a loopback port, with settings overridden in memory and its own
/// database file (kept across a restart when the same <see cref="TempFolder"/> is passed again).
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services after the app's own registrations (a fake clock, a failing log).</param>
    public BotHost(TempFolder folder, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        Folder = folder;
        _services = services;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Path"] = folder.PathOf("guidancebot.db"),
            ["Knowledge:Folder"] = Fixtures.KnowledgeFolder,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        // The port comes from the "urls" setting below, not UseKestrel(port): with a port the factory rewrites the
        // server's addresses after Program has built the app, racing Program's own app.RunAsync() ("Addresses cannot
        // be modified after the server has started").
        UseKestrel();
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
    }

    public TempFolder Folder { get; }

    /// <summary>The address Kestrel listens on, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public BotClient Bot(string conversationId = "conversation-1") => new(CreateClient(), conversationId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
