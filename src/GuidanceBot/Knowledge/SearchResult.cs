namespace GuidanceBot.Knowledge;

/// <summary>One ranked article with a confidence in 0..1 (see <see cref="Search.Confidence"/>).</summary>
public sealed record SearchHit(KnowledgeArticle Article, double Confidence)
{
    /// <summary>How closely the question restates one of the article's phrasings (0..1); compares close calls.</summary>
    public double Phrasing { get; init; }
}

/// <summary>Hits, best first.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits)
{
    public static SearchResult Empty { get; } = new([]);
}

public enum MatchKind
{
    /// <summary>One article is a confident match: answer with it.</summary>
    Answer,

    /// <summary>Some articles fit, none clearly: ask "Did you mean...?".</summary>
    Ambiguous,

    /// <summary>No article fits well enough: say there is no guidance yet.</summary>
    NoMatch,
}

/// <summary>
/// The decision the bot acts on. Answer: the answer first, then the runners-up. Ambiguous: 1-3 choices (two or three
/// when several are close; one when a single article fits only moderately). NoMatch: up to three best-effort topics,
/// possibly none.
/// </summary>
public sealed record KnowledgeMatch(MatchKind Kind, IReadOnlyList<SearchHit> Candidates)
{
    public SearchHit? Best => Candidates.Count > 0 ? Candidates[0] : null;

    /// <summary>With an answer: articles that fit about as well and are linked to it (its standard or procedure).</summary>
    public IReadOnlyList<KnowledgeArticle> SeeAlso { get; init; } = [];
}
