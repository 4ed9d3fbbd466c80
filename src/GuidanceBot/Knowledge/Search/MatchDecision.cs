namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// From ranked hits to answer / did-you-mean / no-match, with the thresholds from <see cref="KnowledgeOptions"/>.
/// A wrong confident answer is worse than a question back (a child's safety can depend on it), so the bot only
/// answers when the best hit is confident AND no runner-up fits about as well.
/// </summary>
public static class MatchDecision
{
    private const int MaxChoices = 3;

    public static KnowledgeMatch Decide(IReadOnlyList<SearchHit> hits, KnowledgeOptions options)
    {
        if (hits.Count == 0)
        {
            return new KnowledgeMatch(MatchKind.NoMatch, []);
        }

        var best = hits[0];
        if (best.Confidence < options.SuggestThreshold)
        {
            return new KnowledgeMatch(MatchKind.NoMatch, [.. hits.Where(hit => hit.Confidence > 0).Take(MaxChoices)]);
        }

        var rivals = hits.Skip(1).Where(hit => IsCloseCall(best, hit, options)).Take(MaxChoices - 1).ToList();
        if (best.Confidence >= options.AnswerThreshold && rivals.All(rival => AreLinked(best.Article, rival.Article)))
        {
            // A rival that the trainers linked to the best ("related": the standard and its procedure) is not a
            // competing reading of the question but its other half: answer, and offer the rival beside the answer.
            return new KnowledgeMatch(MatchKind.Answer, hits) { SeeAlso = [.. rivals.Select(rival => rival.Article)] };
        }

        // Close call (2-3 choices) or a best fit that is only moderate (1 choice, possibly with close rivals).
        return new KnowledgeMatch(MatchKind.Ambiguous, [best, .. rivals]);
    }

    private static bool AreLinked(KnowledgeArticle first, KnowledgeArticle second) =>
        first.Related.Contains(second.Id) || second.Related.Contains(first.Id);

    /// <summary>
    /// A runner-up is a rival when it is itself worth suggesting, ranks not far behind, and one of its phrasings fits
    /// the question about as well as (or better than) the best hit's.
    /// </summary>
    private static bool IsCloseCall(SearchHit best, SearchHit hit, KnowledgeOptions options) =>
        hit.Confidence >= options.SuggestThreshold
        && hit.Confidence >= options.RivalShare * best.Confidence
        && best.Phrasing - hit.Phrasing < options.AmbiguityMargin;
}
