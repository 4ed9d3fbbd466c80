using System.IO.Compression;
using System.Reflection;
using System.Text.Json;

namespace GuidanceBot.Teams;

/// <summary>
/// The installable Teams app package: manifest.json from deploy/teams/manifest.template.json with the app id, the
/// public address and the version filled in, plus the two icons (all embedded in this assembly at build time).
/// </summary>
public static class TeamsAppPackage
{
    public static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    /// <summary>The manifest JSON for an app id (GUID) and the bot's public https address.</summary>
    public static string Manifest(Guid appId, Uri baseUrl, string version)
    {
        var template = ReadText("manifest.template.json");
        var baseText = baseUrl.AbsoluteUri.TrimEnd('/');
        return template
            .Replace("{{APP_ID}}", appId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{BASE_URL}}", JsonText(baseText), StringComparison.Ordinal)
            .Replace("{{HOST}}", JsonText(baseUrl.IsDefaultPort ? baseUrl.Host : $"{baseUrl.Host}:{baseUrl.Port}"), StringComparison.Ordinal)
            .Replace("{{VERSION}}", version, StringComparison.Ordinal);
    }

    /// <summary>Writes the zip (manifest.json and icons at its root, as Teams requires).</summary>
    public static void Write(Stream output, Guid appId, Uri baseUrl, string version)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
        {
            writer.Write(Manifest(appId, baseUrl, version));
        }

        foreach (var icon in Files.Skip(1))
        {
            using var entry = zip.CreateEntry(icon).Open();
            using var source = Open(icon);
            source.CopyTo(entry);
        }
    }

    /// <summary>The app's version as Teams wants it: three numbers (from the assembly's informational version).</summary>
    public static string AppVersion()
    {
        var informational = typeof(TeamsAppPackage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        var numbers = informational.Split('+', '-')[0].Split('.');
        return string.Join('.', numbers.Concat(["0", "0", "0"]).Take(3));
    }

    public static Stream Open(string file) =>
        typeof(TeamsAppPackage).Assembly.GetManifestResourceStream($"GuidanceBot.Teams.{file}")
        ?? throw new InvalidOperationException($"The Teams package file '{file}' is not embedded in the assembly (see GuidanceBot.csproj).");

    private static string ReadText(string file)
    {
        using var reader = new StreamReader(Open(file));
        return reader.ReadToEnd();
    }

    // A value placed inside a JSON string literal of the template.
    private static string JsonText(string value) => JsonSerializer.Serialize(value)[1..^1];
}
