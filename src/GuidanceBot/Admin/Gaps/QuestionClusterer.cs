using System.Security.Cryptography;
using System.Text;
using GuidanceBot.Questions;

namespace GuidanceBot.Admin.Gaps;

/// <summary>A group of similar questions, with a key derived from its earliest question's words.</summary>
public sealed record QuestionCluster(string Key, IReadOnlySet<string> Tokens, IReadOnlyList<QuestionLogEntry> Entries)
{
    public DateTime FirstSeen => Entries.Min(entry => entry.Time);

    public DateTime LastSeen => Entries.Max(entry => entry.Time);

    /// <summary>Distinct question texts, most frequent first.</summary>
    public IReadOnlyList<string> Examples => Entries.GroupBy(entry => entry.Text, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(group => group.Count()).Select(group => group.First().Text).ToList();
}

/// <summary>
/// Groups questions so that fifty ways of asking one thing become one row. Single pass, oldest first: a question
/// joins the cluster holding its most similar question when that similarity reaches <see cref="Threshold"/>.
/// Questions are compared by their terms as search reads them (<see cref="Knowledge.KnowledgeSnapshot.Terms"/>), so
/// a synonym a trainer adds to synonyms.yml groups the log the same way it helps search.
/// </summary>
public static class QuestionClusterer
{
    public const double Threshold = 0.4;

    public static IReadOnlyList<QuestionCluster> Cluster(IEnumerable<QuestionLogEntry> entries, Func<string, IReadOnlySet<string>> termsOf)
    {
        var clusters = new List<(IReadOnlySet<string> Seed, List<(QuestionLogEntry Entry, IReadOnlySet<string> Tokens)> Members)>();
        foreach (var entry in entries.OrderBy(entry => entry.Time))
        {
            var tokens = termsOf(entry.Text);
            var best = clusters
                .Select(cluster => (cluster, score: cluster.Members.Max(member => QuestionTokens.Similarity(member.Tokens, tokens))))
                .Where(candidate => candidate.score >= Threshold)
                .OrderByDescending(candidate => candidate.score)
                .Select(candidate => candidate.cluster.Members)
                .FirstOrDefault();
            if (best is null)
            {
                clusters.Add((tokens, [(entry, tokens)]));
            }
            else
            {
                best.Add((entry, tokens));
            }
        }

        return clusters
            .Select(cluster => new QuestionCluster(KeyOf(cluster.Seed, cluster.Members[0].Entry.Text), cluster.Seed,
                cluster.Members.Select(member => member.Entry).ToList()))
            .OrderByDescending(cluster => cluster.Entries.Count)
            .ThenByDescending(cluster => cluster.LastSeen)
            .ToList();
    }

    private static string KeyOf(IReadOnlySet<string> tokens, string text)
    {
        var basis = tokens.Count > 0 ? string.Join(' ', tokens.Order(StringComparer.Ordinal)) : text.ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..16];
    }
}
