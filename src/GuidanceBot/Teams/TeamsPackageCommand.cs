namespace GuidanceBot.Teams;

/// <summary>
/// <c>teams-package --app-id GUID --base-url https://host [--out FILE]</c>: writes the Teams app zip to upload in
/// Teams (Apps, Manage your apps, Upload an app) or the Teams admin centre.
/// </summary>
public static class TeamsPackageCommand
{
    public const string Usage = "Usage: teams-package --app-id <Microsoft App ID (GUID)> --base-url <https://your-host> [--out <file.zip>]";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        if (Parse(args) is not { } options)
        {
            errors.WriteLine(Usage);
            return 2;
        }

        if (!Guid.TryParse(options.GetValueOrDefault("--app-id"), out var appId))
        {
            errors.WriteLine($"--app-id must be the bot's Microsoft App ID, a GUID such as 11111111-2222-3333-4444-555555555555.\n{Usage}");
            return 2;
        }

        if (!Uri.TryCreate(options.GetValueOrDefault("--base-url"), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme != Uri.UriSchemeHttps)
        {
            errors.WriteLine($"--base-url must be the bot's public https address, such as https://guidancebot.example.org.\n{Usage}");
            return 2;
        }

        var path = Path.GetFullPath(options.GetValueOrDefault("--out") ?? "guidancebot-teams.zip");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = File.Create(path))
            {
                TeamsAppPackage.Write(file, appId, baseUrl, TeamsAppPackage.AppVersion());
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"Could not write {path}: {exception.Message}");
            return 1;
        }

        output.WriteLine($"Wrote {path}. Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin centre.");
        return 0;
    }

    private static Dictionary<string, string>? Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--app-id" or "--base-url" or "--out") || i + 1 >= args.Length)
            {
                return null;
            }

            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
