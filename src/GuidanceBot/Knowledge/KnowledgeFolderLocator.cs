namespace GuidanceBot.Knowledge;

/// <summary>Finds the knowledge folder whether the bot runs from the repository root, the project folder or bin/.</summary>
public static class KnowledgeFolderLocator
{
    private const string SolutionFile = "GuidanceBot.sln";
    private const string FolderName = "knowledge";

    /// <summary>The configured folder (relative to <paramref name="contentRoot"/>), else the repository's knowledge/.</summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        return FindRepositoryFolder(contentRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? Path.GetFullPath(Path.Combine(contentRoot, FolderName));
    }

    /// <summary>The first <c>knowledge</c> folder beside a GuidanceBot.sln above any of the start folders.</summary>
    public static string? FindRepositoryFolder(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, FolderName);
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
