using GuidanceBot.Storage;
using LiteDB;

namespace GuidanceBot.Admin.Gaps;

/// <summary>Reads and writes reviewers' decisions about gaps.</summary>
public sealed class GapStatusStore(LiteDatabaseProvider provider, TimeProvider time)
{
    internal const string CollectionName = "gap_status";

    private ILiteCollection<GapStatus> Collection => provider.Database.GetCollection<GapStatus>(CollectionName);

    public IReadOnlyList<GapStatus> All() => Collection.FindAll().ToList();

    public GapStatus Set(string key, IEnumerable<string> tokens, string status, string? articleId, string changedBy)
    {
        if (!GapStatus.All.Contains(status))
        {
            throw new ArgumentException($"'{status}' is not a gap status; use one of: {string.Join(", ", GapStatus.All)}.");
        }

        if (status == GapStatus.Resolved && string.IsNullOrWhiteSpace(articleId))
        {
            throw new ArgumentException("A resolved gap needs the id of the article that now answers it.");
        }

        var saved = new GapStatus
        {
            Key = key,
            Tokens = tokens.ToList(),
            Status = status,
            ArticleId = status == GapStatus.Resolved ? articleId!.Trim() : null,
            ChangedBy = changedBy,
            ChangedAt = time.GetUtcNow().UtcDateTime,
        };
        Collection.Upsert(saved);
        return saved;
    }

    /// <summary>The decision for a cluster: by key, else the most recent one about the same words.</summary>
    public static GapStatus? For(QuestionCluster cluster, IReadOnlyList<GapStatus> statuses) =>
        statuses.FirstOrDefault(status => status.Key == cluster.Key) ??
        statuses.Where(status => QuestionTokens.Similarity(status.Tokens.ToHashSet(), cluster.Tokens) >= QuestionClusterer.Threshold)
            .OrderByDescending(status => status.ChangedAt)
            .FirstOrDefault();
}
