using GuidanceBot.Knowledge.Loading;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Turns text into search terms for one language, in two Lucene stages so that typos can be corrected in between:
/// <list type="number">
/// <item>stems: standard tokenizer, lower case, English possessive, irregular plurals, Porter stemming;</item>
/// <item>terms: trainer synonyms (multi-word, longest match first) replaced by one group token, then stop words removed.</item>
/// </list>
/// Synonyms run on stems, so "kids" and "kid" both hit the [minor, child, kid] group, and before stop words, so
/// "on his own" still matches. Articles and questions go through the same stages.
/// </summary>
public sealed class TextAnalysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Analyzer _stemmer;
    private readonly Analyzer _termer;
    private readonly CharArraySet _stopWords;
    private readonly HashSet<string> _synonymStems = new(StringComparer.Ordinal);

    public TextAnalysis(string lang, SynonymGroups synonyms)
    {
        Lang = lang;
        var english = lang == "en";
        _stemmer = english ? new EnglishStemAnalyzer() : new PlainAnalyzer();
        _stopWords = new CharArraySet(Version, english ? StopWords.English.SelectMany(Stems).ToList() : [], ignoreCase: false);
        _termer = new TermAnalyzer(BuildSynonymMap(synonyms), _stopWords);
    }

    /// <summary>Not "en": no stemming, synonyms or stop words yet; an analyzer per language is added here.</summary>
    public string Lang { get; }

    /// <summary>Stems of the synonym phrases, so that a typo of a word only the synonyms use is still corrected.</summary>
    public IReadOnlyCollection<string> SynonymStems => _synonymStems;

    public bool IsStopWord(string stem) => _stopWords.Contains(stem);

    public IReadOnlyList<string> Stems(string text) => Tokens(_stemmer, text);

    public IReadOnlyList<string> Terms(IEnumerable<string> stems) => Tokens(_termer, string.Join(' ', stems));

    public IReadOnlyList<string> Terms(string text) => Terms(Stems(text));

    private SynonymMap? BuildSynonymMap(SynonymGroups synonyms)
    {
        if (synonyms.Groups.Count == 0)
        {
            return null;
        }

        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in synonyms.Groups)
        {
            var token = "syn_" + string.Join('_', Stems(group[0]));
            foreach (var phrase in group)
            {
                var stems = Stems(phrase);
                _synonymStems.UnionWith(stems);
                if (stems.Count > 0)
                {
                    builder.Add(SynonymMap.Builder.Join([.. stems], new CharsRef()), new CharsRef(token), includeOrig: false);
                }
            }
        }

        return builder.Build();
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private sealed class EnglishStemAnalyzer : Analyzer
    {
        // Porter leaves irregular plurals alone; without this "children" never meets "child".
        private static readonly StemmerOverrideFilter.StemmerOverrideMap _irregular = BuildIrregular();

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new EnglishPossessiveFilter(Version, stream);
            stream = new StemmerOverrideFilter(stream, _irregular);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        private static StemmerOverrideFilter.StemmerOverrideMap BuildIrregular()
        {
            var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
            foreach (var (plural, singular) in new[] { ("children", "child"), ("childrens", "child"), ("people", "person"), ("women", "woman"), ("men", "man") })
            {
                builder.Add(plural, singular);
            }

            return builder.Build();
        }
    }

    private sealed class PlainAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        }
    }

    private sealed class TermAnalyzer(SynonymMap? synonyms, CharArraySet stopWords) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WhitespaceTokenizer(Version, reader);
            TokenStream stream = synonyms is null ? tokenizer : new SynonymFilter(tokenizer, synonyms, ignoreCase: false);
            stream = new StopFilter(Version, stream, stopWords);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
