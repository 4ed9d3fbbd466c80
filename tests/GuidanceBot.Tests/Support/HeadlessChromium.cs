using Microsoft.Playwright;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The system Chromium (/usr/bin/chromium, Debian's package, installed by .ci/run) driven by Playwright, headless,
/// with a fresh profile that is deleted afterwards. Playwright's own browser download is never used.
/// <code>
/// await using var chromium = await HeadlessChromium.LaunchAsync();
/// var page = await chromium.NewPageAsync();
/// </code>
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] _args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    /// <summary>The browser context (one fresh profile); pages share its cookies.</summary>
    public IBrowserContext Context => _context;

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing. Install Debian's Chromium: apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this).");
        }

        var profile = Path.Combine(Path.GetTempPath(), "guidancebot-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Playwright passes the profile as --user-data-dir itself; it refuses that flag in Args.
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = _args,
                ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
                Timeout = 60_000,
            });
            return new HeadlessChromium(playwright, context, profile);
        }
        catch
        {
            playwright.Dispose();
            DeleteProfile(profile);
            throw;
        }
    }

    public Task<IPage> NewPageAsync() => _context.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        DeleteProfile(_profile);
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing a file; the OS temp cleaner takes it later.
        }
    }
}
