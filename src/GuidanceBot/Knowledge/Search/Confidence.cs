namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Confidence in 0..1, comparable from query to query, and the phrasing match that decides close calls (both
/// documented in docs/search.md):
/// <code>
/// coverage(a)   = Σ idf(t)·m(t, a) / Σ idf(t)      over the query's distinct terms t
///                 m = 1 when t is in a's title, questions or tags; BodyWeight when only in its body; else 0;
///                 times GuessedWeight when t only exists because a typo was corrected
/// confidence(a) = coverage(a) · (bm25(a) / bm25(best))^RankExponent
/// phrasing(a)   = max over a's title and question lines p of F1(recall, precision) · (bm25(a) / bm25(best))^PhrasingRankExponent
///                 recall = Σ idf(t ∈ q∩p) / Σ idf(t ∈ q),  precision = Σ idf(t ∈ q∩p) / Σ idf(t ∈ p)
/// </code>
/// Coverage says how much of what was asked (weighted by how specific each word is; a word no article uses weighs
/// most) the article is about, so it does not depend on how long the query is or how BM25 scores scale. The BM25
/// factor ranks: it leaves the top hit's coverage unchanged and discounts the others by how far behind they rank.
/// Phrasing says how closely the question restates one of the article's own phrasings; two articles whose best
/// phrasings fit about equally ("family" against "Tracing the family..." and "Reuniting ... the family") are a
/// close call even when BM25 happens to put one a little ahead, which the steep rank factor alone would hide.
/// </summary>
public static class Confidence
{
    /// <summary>A word found only in the body counts for less than one in the title, questions or tags.</summary>
    public const double BodyWeight = 0.4;

    /// <summary>How sharply runners-up are discounted by their BM25 score relative to the best hit.</summary>
    public const double RankExponent = 3;

    /// <summary>The phrasing match is discounted gently by rank, so that near-equal articles stay near-equal.</summary>
    public const double PhrasingRankExponent = 0.5;

    /// <summary>Words no article uses weigh as if this many articles used them (0: the highest weight).</summary>
    public const double UnknownTermFrequency = 0;

    /// <summary>A term that exists only because a typo was corrected counts for this share of a typed one.</summary>
    public const double GuessedWeight = 0.5;

    public static IReadOnlyList<SearchHit> Score(
        ArticleIndex index,
        IReadOnlyList<string> queryTerms,
        IReadOnlyList<(ArticleTerms Terms, float Score)> candidates,
        IReadOnlySet<string>? guessed = null)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var weights = queryTerms.Select(index.Idf).ToArray();
        var total = weights.Sum();
        var trust = queryTerms.Select(term => guessed?.Contains(term) == true ? GuessedWeight : 1).ToArray();
        var best = candidates.Max(candidate => candidate.Score);
        return [.. candidates
            .Select(candidate =>
            {
                var covered = 0.0;
                for (var i = 0; i < queryTerms.Count; i++)
                {
                    covered += weights[i] * trust[i] * (candidate.Terms.Strong.Contains(queryTerms[i]) ? 1 : candidate.Terms.BodySet.Contains(queryTerms[i]) ? BodyWeight : 0);
                }

                var coverage = total > 0 ? covered / total : 0;
                var ratio = best > 0 ? candidate.Score / best : 0;
                var phrasing = total > 0 ? BestPhrasing(index, queryTerms, weights, trust, total, candidate.Terms) : 0;
                return new SearchHit(candidate.Terms.Article, Math.Clamp(coverage * Math.Pow(ratio, RankExponent), 0, 1))
                {
                    Phrasing = Math.Clamp(phrasing * Math.Pow(ratio, PhrasingRankExponent), 0, 1),
                };
            })
            .OrderByDescending(hit => hit.Confidence)];
    }

    private static double BestPhrasing(ArticleIndex index, IReadOnlyList<string> queryTerms, double[] weights, double[] trust, double total, ArticleTerms terms)
    {
        var best = 0.0;
        foreach (var phrasing in terms.Phrasings)
        {
            var shared = 0.0;
            for (var i = 0; i < queryTerms.Count; i++)
            {
                shared += phrasing.Contains(queryTerms[i]) ? weights[i] * trust[i] : 0;
            }

            if (shared <= 0)
            {
                continue;
            }

            var recall = shared / total;
            var precision = Math.Min(1, shared / phrasing.Sum(index.Idf));
            best = Math.Max(best, 2 * recall * precision / (recall + precision));
        }

        return best;
    }
}
