using LiteDB;

namespace GuidanceBot.Admin.Gaps;

/// <summary>What reviewers decided about a gap, kept in LiteDB (collection <c>gap_status</c>).</summary>
public sealed class GapStatus
{
    public const string New = "new";
    public const string InProgress = "in-progress";
    public const string Resolved = "resolved";
    public const string Dismissed = "dismissed";

    public static readonly string[] All = [New, InProgress, Resolved, Dismissed];

    [BsonId]
    public string Key { get; set; } = "";

    /// <summary>The cluster's words when the status was set, to find the same gap again when its key shifts.</summary>
    public List<string> Tokens { get; set; } = [];

    public string Status { get; set; } = New;

    /// <summary>For a resolved gap: the article that now answers it.</summary>
    public string? ArticleId { get; set; }

    public string ChangedBy { get; set; } = "";

    public DateTime ChangedAt { get; set; }
}
