namespace GuidanceBot.Tests.Support;

/// <summary>Paths of the test fixtures copied next to the test assembly, and of the repository's own folders.</summary>
public static class Fixtures
{
    /// <summary>A small knowledge folder whose answers the tests know by heart (Fixtures/knowledge).</summary>
    public static string KnowledgeFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "knowledge");

    /// <summary>The repository root (where GuidanceBot.sln is).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GuidanceBot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("GuidanceBot.sln not found above the test assembly.");
        }
    }

    /// <summary>The starter knowledge base that ships in the repository.</summary>
    public static string StarterKnowledgeFolder => Path.Combine(RepositoryRoot, "knowledge");

    /// <summary>Copies the fixture knowledge folder into <paramref name="folder"/>/knowledge, for tests that change files.</summary>
    public static string CopyKnowledgeTo(TempFolder folder)
    {
        var target = folder.PathOf("knowledge");
        foreach (var file in Directory.EnumerateFiles(KnowledgeFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(KnowledgeFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
