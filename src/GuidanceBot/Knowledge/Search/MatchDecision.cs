namespace GuidanceBot.Knowledge.Search;

/// <summary>From ranked hits to answer / did-you-mean / no-match, with the thresholds from <see cref="KnowledgeOptions"/>.</summary>
public static class MatchDecision
{
    private const int MaxChoices = 3;

    public static KnowledgeMatch Decide(IReadOnlyList<SearchHit> hits, KnowledgeOptions options)
    {
        if (hits.Count == 0)
        {
            return new KnowledgeMatch(MatchKind.NoMatch, []);
        }

        var best = hits[0].Confidence;
        if (best < options.SuggestThreshold)
        {
            return new KnowledgeMatch(MatchKind.NoMatch, [.. hits.Where(hit => hit.Confidence > 0).Take(MaxChoices)]);
        }

        var close = hits.Where(hit => hit.Confidence >= Math.Max(options.SuggestThreshold, best - options.AmbiguityMargin)).Take(MaxChoices).ToList();
        if (best >= options.AnswerThreshold && close.Count == 1)
        {
            return new KnowledgeMatch(MatchKind.Answer, hits);
        }

        return new KnowledgeMatch(MatchKind.Ambiguous, close.Count > 1 ? close : [.. hits.Where(hit => hit.Confidence >= options.SuggestThreshold).Take(MaxChoices)]);
    }
}
