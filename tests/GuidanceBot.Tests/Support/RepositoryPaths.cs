namespace GuidanceBot.Tests.Support;

/// <summary>Files of the repository the tests read (found by walking up from the test binaries to GuidanceBot.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Installed by the build (npm ci in src/GuidanceBot/ClientApp).</summary>
    public static string NodeModules => Path.Combine(Root, "src", "GuidanceBot", "ClientApp", "node_modules");

    public static string TeamsDeploy => Path.Combine(Root, "deploy", "teams");

    /// <summary>Where tests leave files for people to look at (screenshots): TestResults/ at the repository root.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "TestResults", "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GuidanceBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"GuidanceBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
