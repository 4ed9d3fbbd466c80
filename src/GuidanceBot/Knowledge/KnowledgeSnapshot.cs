using GuidanceBot.Knowledge.Search;

namespace GuidanceBot.Knowledge;

/// <summary>
/// One immutable, fully built state of the knowledge base: served articles, their search indexes (one per
/// language) and the problems of the load that produced it. Replaced as a whole on reload, never changed.
/// </summary>
public sealed class KnowledgeSnapshot
{
    public const string DefaultLanguage = "en";

    private readonly Dictionary<string, ArticleIndex> _indexes;
    private readonly KnowledgeOptions _options;

    public KnowledgeSnapshot(KnowledgeLoadResult load, KnowledgeOptions options, DateTimeOffset loadedAt)
    {
        _options = options;
        Folder = load.Folder;
        LoadedAt = loadedAt;
        Problems = load.Problems;
        Procedures = load.Procedures;
        var served = load.Articles.Where(article => options.IncludeDrafts || article.Status != ArticleStatus.Draft).ToList();
        Articles = served.ToDictionary(article => article.Id, StringComparer.Ordinal);
        _indexes = served.GroupBy(article => Language(article.Lang))
            .ToDictionary(group => group.Key, group => new ArticleIndex([.. group], new TextAnalysis(group.Key, load.Synonyms)));
    }

    public static KnowledgeSnapshot Empty(string folder, KnowledgeOptions options, DateTimeOffset at) =>
        new(new KnowledgeLoadResult(folder, [], Loading.SynonymGroups.None, []), options, at);

    /// <summary>The served articles by id: published ones, plus drafts when <see cref="KnowledgeOptions.IncludeDrafts"/>.</summary>
    public IReadOnlyDictionary<string, KnowledgeArticle> Articles { get; }

    /// <summary>Errors and warnings of the load behind this snapshot.</summary>
    public IReadOnlyList<KnowledgeProblem> Problems { get; }

    public string Folder { get; }

    /// <summary>Flows of procedure articles, local contacts and urgent-danger phrases.</summary>
    public ProcedureAssets Procedures { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>Ranked hits, best first, in the user's language (by <paramref name="locale"/>, else English).</summary>
    public SearchResult Search(string query, string? locale = null, int max = 5)
    {
        if (string.IsNullOrWhiteSpace(query) || !_indexes.TryGetValue(Language(locale), out var index) && !_indexes.TryGetValue(DefaultLanguage, out index))
        {
            return SearchResult.Empty;
        }

        var (terms, guessed) = index.AnalyseQuery(query);
        var hits = Confidence.Score(index, terms, index.Candidates(terms), guessed);
        return new SearchResult([.. hits.Take(Math.Max(max, 1))]);
    }

    /// <summary>
    /// The content terms of a text as search sees them (typos corrected against the articles' words, the trainers'
    /// synonyms applied, stop words dropped), so that other features group questions the way search reads them.
    /// </summary>
    public IReadOnlySet<string> Terms(string text, string? locale = null) =>
        _indexes.TryGetValue(Language(locale), out var index) || _indexes.TryGetValue(DefaultLanguage, out index)
            ? index.QueryTerms(text).ToHashSet(StringComparer.Ordinal)
            : text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether to answer, ask "Did you mean...?", or say there is no guidance yet.</summary>
    public KnowledgeMatch Match(string query, string? locale = null) => MatchDecision.Decide(Search(query, locale, max: 10).Hits, _options);

    /// <summary>"pt-BR" → "pt"; null or empty → English.</summary>
    private static string Language(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? DefaultLanguage : locale.Split('-', '_')[0].ToLowerInvariant();
}
