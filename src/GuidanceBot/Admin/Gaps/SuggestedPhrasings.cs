namespace GuidanceBot.Admin.Gaps;

/// <summary>A resolved cluster's questions as <c>questions:</c> lines for the article's YAML front matter.</summary>
public static class SuggestedPhrasings
{
    public static string Yaml(QuestionCluster cluster) =>
        "questions:\n" + string.Concat(cluster.Examples
            .Where(example => !example.Contains('[', StringComparison.Ordinal))
            .Select(example => $"  - \"{example.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings(" ")}\"\n"));
}
