namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Confidence in 0..1, comparable from query to query (documented in docs/search.md):
/// <code>
/// coverage(a) = Σ idf(t)·m(t, a) / Σ idf(t)      over the query's distinct terms t
///               m = 1 when t is in a's title, questions or tags; BodyWeight when only in its body; else 0
/// confidence(a) = coverage(a) · (bm25(a) / bm25(best))^RankExponent
/// </code>
/// Coverage says how much of what was asked (weighted by how specific each word is; a word no article uses weighs
/// most) the article is about, so it does not depend on how long the query is or how BM25 scores scale. The BM25
/// factor leaves the top hit's coverage unchanged and discounts the others by how far behind they rank, so that a
/// runner-up only comes close when BM25 also finds it nearly as good.
/// </summary>
public static class Confidence
{
    /// <summary>A word found only in the body counts for less than one in the title, questions or tags.</summary>
    public const double BodyWeight = 0.4;

    /// <summary>How sharply runners-up are discounted by their BM25 score relative to the best hit.</summary>
    public const double RankExponent = 3;

    /// <summary>Words no article uses weigh as if this many articles used them (0: the highest weight).</summary>
    public const double UnknownTermFrequency = 0;

    public static IReadOnlyList<SearchHit> Score(ArticleIndex index, IReadOnlyList<string> queryTerms, IReadOnlyList<(ArticleTerms Terms, float Score)> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var weights = queryTerms.Select(index.Idf).ToArray();
        var total = weights.Sum();
        var best = candidates.Max(candidate => candidate.Score);
        return [.. candidates
            .Select(candidate =>
            {
                var covered = 0.0;
                for (var i = 0; i < queryTerms.Count; i++)
                {
                    covered += weights[i] * (candidate.Terms.Strong.Contains(queryTerms[i]) ? 1 : candidate.Terms.BodySet.Contains(queryTerms[i]) ? BodyWeight : 0);
                }

                var coverage = total > 0 ? covered / total : 0;
                var rank = best > 0 ? Math.Pow(candidate.Score / best, RankExponent) : 0;
                return new SearchHit(candidate.Terms.Article, Math.Clamp(coverage * rank, 0, 1));
            })
            .OrderByDescending(hit => hit.Confidence)];
    }
}
