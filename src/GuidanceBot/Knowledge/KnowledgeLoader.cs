using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Knowledge;

/// <summary>What a load of the knowledge folder found: every valid article (drafts included), the synonyms, and the problems.</summary>
public sealed record KnowledgeLoadResult(
    string Folder,
    IReadOnlyList<KnowledgeArticle> Articles,
    SynonymGroups Synonyms,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool HasErrors => Problems.Any(problem => problem.Severity == ProblemSeverity.Error);
}

/// <summary>
/// Reads the knowledge folder into articles and problems. A file with errors is skipped and the others are kept;
/// a broken <c>related</c> link is reported but only the link is dropped, so that deleting one article does not take
/// down every article pointing at it. Used by the validate and eval verbs and by <see cref="KnowledgeBase"/>.
/// </summary>
public static class KnowledgeLoader
{
    public static KnowledgeLoadResult Load(string folder, KnowledgeOptions options, TimeProvider time)
    {
        var problems = new List<KnowledgeProblem>();
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            problems.Add(new("", null, ProblemSeverity.Error, $"The knowledge folder '{folder}' does not exist. Set Knowledge:Folder (or --knowledge) to the folder holding the articles."));
            return new KnowledgeLoadResult(folder, [], SynonymGroups.None, problems);
        }

        var parsed = new List<KnowledgeArticle>();
        foreach (var path in ArticleFiles(folder))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException exception)
            {
                problems.Add(new(relative, null, ProblemSeverity.Error, $"The file could not be read ({exception.Message}); it is skipped. Close it in other programs and save it again."));
                continue;
            }

            if (IsRootNote(relative, text))
            {
                continue;
            }

            if (ArticleParser.Parse(relative, text, problems) is { } article)
            {
                parsed.Add(article);
            }
        }

        var articles = RemoveDuplicates(parsed, problems);
        articles = CheckRelated(articles, problems);
        WarnAboutReviews(articles, options, time, problems);
        var synonyms = SynonymGroups.Load(folder, problems);
        return new KnowledgeLoadResult(folder, articles, synonyms, problems);
    }

    /// <summary>Markdown files, except under tests/ and hidden folders, in a stable order so duplicates resolve the same way.</summary>
    private static IEnumerable<string> ArticleFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(folder, path).Replace('\\', '/').Split('/')
                .Any(part => part.StartsWith('.') || part.Equals("tests", StringComparison.OrdinalIgnoreCase) && part != Path.GetFileName(path)))
            .Order(StringComparer.Ordinal);

    /// <summary>README.md and other notes for trainers at the root are not articles when they have no front matter.</summary>
    private static bool IsRootNote(string relative, string text) =>
        (!relative.Contains('/') || Path.GetFileName(relative).Equals("README.md", StringComparison.OrdinalIgnoreCase))
        && FrontMatter.Split(text).Yaml is null;

    private static List<KnowledgeArticle> RemoveDuplicates(List<KnowledgeArticle> articles, List<KnowledgeProblem> problems)
    {
        var kept = new Dictionary<string, KnowledgeArticle>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (kept.TryGetValue(article.Id, out var first))
            {
                problems.Add(new(article.File, article.FrontMatterLine, ProblemSeverity.Error,
                    $"The id '{article.Id}' is already used by {first.File}; this file is skipped. Give each article its own id."));
                continue;
            }

            kept[article.Id] = article;
        }

        return [.. kept.Values];
    }

    private static List<KnowledgeArticle> CheckRelated(List<KnowledgeArticle> articles, List<KnowledgeProblem> problems)
    {
        var ids = articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        return articles.Select(article =>
        {
            var broken = article.Related.Where(id => !ids.Contains(id)).ToList();
            foreach (var id in broken)
            {
                problems.Add(new(article.File, article.RelatedLine ?? article.FrontMatterLine, ProblemSeverity.Error,
                    $"'related' lists '{id}', but no article has that id. Correct the id or remove it from the list."));
            }

            return broken.Count == 0 ? article : article with { Related = [.. article.Related.Except(broken)] };
        }).ToList();
    }

    private static void WarnAboutReviews(List<KnowledgeArticle> articles, KnowledgeOptions options, TimeProvider time, List<KnowledgeProblem> problems)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var staleBefore = today.AddMonths(-options.StaleAfterMonths);
        foreach (var article in articles)
        {
            if (article.Reviewed is not { } reviewed)
            {
                problems.Add(new(article.File, article.FrontMatterLine, ProblemSeverity.Warning,
                    "No 'reviewed' date. After checking the article against its sources, add 'reviewed: YYYY-MM-DD'."));
            }
            else if (reviewed < staleBefore)
            {
                problems.Add(new(article.File, article.ReviewedLine ?? article.FrontMatterLine, ProblemSeverity.Warning,
                    $"Not reviewed for more than {options.StaleAfterMonths} months (last {reviewed:yyyy-MM-dd}). Check it against its sources and update 'reviewed'."));
            }
        }
    }
}
