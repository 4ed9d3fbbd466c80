using GuidanceBot.Knowledge.Loading;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// The in-memory Lucene index (BM25) of one language's articles, plus what confidence needs: each article's
/// analysed terms and how many articles use each term. Immutable once built; searched concurrently.
/// </summary>
public sealed class ArticleIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int CandidatePool = 10;

    /// <summary>Questions and titles are how staff phrase things; the body only backs them up.</summary>
    private static readonly (string Field, float Boost)[] _fields = [("questions", 4f), ("title", 3f), ("tags", 2f), ("body", 1f)];

    private readonly IndexSearcher _searcher;
    private readonly ArticleTerms[] _terms;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly SpellingCorrector _corrector;

    public ArticleIndex(IReadOnlyList<KnowledgeArticle> articles, TextAnalysis analysis)
    {
        Analysis = analysis;
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        _terms = [.. articles.Select(article => ArticleTerms.From(article, analysis, stems))];
        foreach (var term in _terms.SelectMany(terms => terms.Strong.Union(terms.BodySet)))
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }

        foreach (var stem in analysis.SynonymStems)
        {
            stems.TryAdd(stem, 1);
        }

        _corrector = new SpellingCorrector(stems.Where(stem => !analysis.IsStopWord(stem.Key)), analysis.IsStopWord);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, new WhitespaceAnalyzer(Version)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var terms in _terms)
            {
                writer.AddDocument(new Document
                {
                    new TextField("title", string.Join(' ', terms.Title), Field.Store.NO),
                    new TextField("questions", string.Join(' ', terms.Questions), Field.Store.NO),
                    new TextField("tags", string.Join(' ', terms.Tags), Field.Store.NO),
                    new TextField("body", string.Join(' ', terms.Body), Field.Store.NO),
                });
            }
        }

        _searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
    }

    public TextAnalysis Analysis { get; }

    public int Count => _terms.Length;

    /// <summary>The query's distinct terms after typo correction, synonyms and stop words.</summary>
    public IReadOnlyList<string> QueryTerms(string query) => AnalyseQuery(query).Terms;

    /// <summary>
    /// The query's distinct terms, and which of them only exist because of a correction that may be wrong: "weather"
    /// is no typo of "water", but the corrector cannot tell, so confidence trusts such a guess less (see
    /// <see cref="Confidence"/> and <see cref="SpellingCorrector.IsSure"/>).
    /// </summary>
    public (IReadOnlyList<string> Terms, IReadOnlySet<string> Guessed) AnalyseQuery(string query)
    {
        var stems = Analysis.Stems(query);
        var corrected = _corrector.Correct(stems);
        var terms = Analysis.Terms(corrected).Distinct(StringComparer.Ordinal).ToList();
        if (corrected.SequenceEqual(stems, StringComparer.Ordinal))
        {
            return (terms, new HashSet<string>());
        }

        var sure = Analysis.Terms([.. stems.Select((stem, i) => SpellingCorrector.IsSure(stem, corrected[i]) ? corrected[i] : stem)]).ToHashSet(StringComparer.Ordinal);
        return (terms, terms.Where(term => !sure.Contains(term)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Candidates in BM25 order with their raw scores; confidence is computed by <see cref="Confidence"/>.</summary>
    public IReadOnlyList<(ArticleTerms Terms, float Score)> Candidates(IReadOnlyList<string> queryTerms)
    {
        if (queryTerms.Count == 0 || _terms.Length == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in queryTerms)
        {
            foreach (var (field, boost) in _fields)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }

        return [.. _searcher.Search(query, CandidatePool).ScoreDocs.Select(hit => (_terms[hit.Doc], hit.Score))];
    }

    /// <summary>BM25's inverse document frequency; a term no article uses gets the highest weight.</summary>
    public double Idf(string term)
    {
        var frequency = Math.Max(_documentFrequency.GetValueOrDefault(term), Confidence.UnknownTermFrequency);
        return Math.Log(1 + (_terms.Length - frequency + 0.5) / (frequency + 0.5));
    }
}
