using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge;

/// <summary>One curated article, as parsed from a Markdown file with YAML front matter.</summary>
public sealed record KnowledgeArticle
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>"article" (what the standards say) or "procedure" (what to do now).</summary>
    public string Type { get; init; } = ArticleTypes.Article;
    public string Lang { get; init; } = "en";
    public string Status { get; init; } = ArticleStatus.Published;
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ArticleSource> Sources { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public string? Owner { get; init; }
    public DateOnly? Reviewed { get; init; }

    /// <summary>The body's first paragraph, in Markdown: the short answer shown in chat.</summary>
    public required string ShortAnswer { get; init; }

    /// <summary>The whole body, in Markdown.</summary>
    public required string Body { get; init; }

    /// <summary>Path of the file relative to the knowledge folder, with forward slashes.</summary>
    public required string File { get; init; }

    /// <summary>The raw <c>flow:</c> node of a procedure (parsed by the flow layer), or null.</summary>
    public YamlNode? FlowYaml { get; init; }

    /// <summary>1-based line in the file where the front matter's first line is (to report flow problems).</summary>
    public int FrontMatterLine { get; init; } = 2;

    /// <summary>File line of the <c>related:</c> field, for problems found across files.</summary>
    public int? RelatedLine { get; init; }

    /// <summary>File line of the <c>reviewed:</c> field, for the "not reviewed" warning.</summary>
    public int? ReviewedLine { get; init; }
}

public sealed record ArticleSource(string Title, string? Ref, string? Url);

public static class ArticleTypes
{
    public const string Article = "article";
    public const string Procedure = "procedure";
}

public static class ArticleStatus
{
    public const string Published = "published";
    public const string Draft = "draft";
}
