using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Teams;
using GuidanceBot.Tests.Support;
using Json.Schema;

namespace GuidanceBot.Tests.Teams;

public sealed class TeamsAppPackageTests
{
    private static readonly Guid _appId = Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static readonly Uri _baseUrl = new("https://guidance.example.org");

    [Fact]
    public void The_manifest_is_valid_against_the_official_Teams_schema()
    {
        var manifest = JsonDocument.Parse(TeamsAppPackage.Manifest(_appId, _baseUrl, TeamsAppPackage.AppVersion()));
        var schema = OfficialSchema(ManifestVersion(manifest));

        var result = schema.Evaluate(manifest.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }

    [Fact]
    public void The_schema_check_catches_a_broken_manifest()
    {
        // Guards the test above: the same validation must fail for a manifest that Teams would refuse.
        var manifest = JsonNode.Parse(TeamsAppPackage.Manifest(_appId, _baseUrl, "1.0.0"))!.AsObject();
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        manifest.Remove("icons");
        using var document = JsonDocument.Parse(manifest.ToJsonString());

        var result = OfficialSchema(ManifestVersion(document)).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_manifest_uses_the_newest_schema_shipped_with_the_manifest_package()
    {
        var shipped = Directory.GetDirectories(Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams"), "v1.*")
            .Select(folder => Version.Parse(Path.GetFileName(folder)[1..]))
            .Max();
        using var manifest = JsonDocument.Parse(TeamsAppPackage.Manifest(_appId, _baseUrl, "1.0.0"));

        Assert.Equal($"{shipped!.Major}.{shipped.Minor}", ManifestVersion(manifest));
    }

    [Fact]
    public void The_bot_is_offered_in_personal_team_and_group_chats_with_help_and_referral_commands()
    {
        var manifest = JsonNode.Parse(TeamsAppPackage.Manifest(_appId, _baseUrl, "1.0.0"))!;
        var bot = manifest["bots"]![0]!;

        Assert.Equal(_appId.ToString(), bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());
        Assert.Equal(["help", "start referral"], commands);
        Assert.Equal("https://guidance.example.org/", manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal("guidance.example.org", manifest["validDomains"]![0]!.GetValue<string>());
    }

    [Fact]
    public void The_color_icon_is_192_square_and_opaque()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsDeploy, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), pixel => Assert.Equal(255, pixel.A));
    }

    [Fact]
    public void The_outline_icon_is_32_square_white_on_transparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsDeploy, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlpha);
        Assert.All(icon.Pixels(), pixel => Assert.True(pixel.A == 0 || (pixel.R, pixel.G, pixel.B) == (255, 255, 255), $"pixel {pixel} is neither transparent nor white"));
        Assert.Contains(icon.Pixels(), pixel => pixel.A == 0);
        Assert.Contains(icon.Pixels(), pixel => pixel.A == 255);
    }

    [Fact]
    public void The_command_writes_a_zip_with_the_manifest_and_icons_at_its_root()
    {
        using var folder = new TempFolder();
        var zipPath = folder.PathOf("out/teams.zip");
        var output = new StringWriter();

        var exitCode = TeamsPackageCommand.Run(["--app-id", _appId.ToString(), "--base-url", "https://guidance.example.org/", "--out", zipPath], output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Contains(zipPath, output.ToString());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var icon = zip.GetEntry("color.png")!.Open();
        using var copy = new MemoryStream();
        icon.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.TeamsDeploy, "color.png")), copy.ToArray());
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--base-url", "https://guidance.example.org", "GUID")]
    [InlineData("--app-id", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "--base-url", "http://guidance.example.org", "https")]
    [InlineData("--app-id", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "--colour", "blue", "Usage")]
    public void Bad_arguments_are_refused_with_a_clear_message(string a, string b, string c, string d, string expected)
    {
        var errors = new StringWriter();

        var exitCode = TeamsPackageCommand.Run([a, b, c, d], new StringWriter(), errors);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, errors.ToString());
    }

    private static string ManifestVersion(JsonDocument manifest) => manifest.RootElement.GetProperty("manifestVersion").GetString()!;

    private static JsonSchema OfficialSchema(string manifestVersion)
    {
        var path = Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{manifestVersion}", "MicrosoftTeams.schema.json");
        Assert.True(File.Exists(path), $"{path} is missing: the build installs it with npm ci (src/GuidanceBot/ClientApp).");

        // The file declares draft-04 but uses draft-06/07 keywords (const, if/then) and no draft-04-only ones, and
        // JsonSchema.Net has no draft-04 dialect: evaluate it as draft-07, which is what it is written in.
        var text = File.ReadAllText(path).Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() }, new Uri($"https://guidancebot.test/teams/v{manifestVersion}/schema.json"));
    }
}
