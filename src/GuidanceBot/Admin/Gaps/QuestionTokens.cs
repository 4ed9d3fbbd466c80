using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GuidanceBot.Admin.Gaps;

/// <summary>
/// A question as a set of stemmed content words (Lucene's English analyzer: stop words removed, Porter stemming),
/// with a few everyday words staff use for the same thing folded together, so paraphrases share tokens.
/// </summary>
public static class QuestionTokens
{
    private static readonly Dictionary<string, string> _sameAs = new(StringComparer.Ordinal)
    {
        ["kid"] = "child", ["kids"] = "child", ["children"] = "child", ["minor"] = "child", ["minors"] = "child",
        ["boy"] = "child", ["girl"] = "child", ["juvenile"] = "child", ["teenager"] = "child", ["youngster"] = "child",
        ["detained"] = "detain", ["detention"] = "detain", ["locked"] = "detain", ["custody"] = "detain", ["jail"] = "detain",
        ["alone"] = "unaccompanied", ["separated"] = "unaccompanied", ["uasc"] = "unaccompanied",
        ["old"] = "age", ["older"] = "age", ["younger"] = "age", ["aged"] = "age",
        ["allowed"] = "allow", ["permitted"] = "allow", ["legal"] = "allow", ["lawful"] = "allow",
        ["guardian"] = "guardian", ["guardianship"] = "guardian",
        ["missing"] = "disappear", ["disappeared"] = "disappear", ["vanished"] = "disappear", ["ran"] = "disappear",
    };

    // Question words that every question shares; left in, they would pull different topics together.
    private static readonly HashSet<string> _questionWords = new(StringComparer.Ordinal)
    {
        "what", "how", "do", "does", "did", "i", "we", "can", "could", "may", "might", "should", "must", "who", "where",
        "when", "which", "why", "he", "she", "his", "her", "him", "my", "me", "you", "your", "our", "us", "have", "has",
        "get", "about", "happen", "happens", "please", "say", "says", "tell", "need", "someone", "somebody", "one",
        "there", "here", "now", "any", "some", "am", "were", "been", "being", "would", "want", "know",
    };

    public static IReadOnlySet<string> Of(string text)
    {
        var folded = string.Join(' ', text.ToLowerInvariant()
            .Split([' ', '\t', '\n', '\r', ',', '.', '?', '!', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !word.StartsWith('[') && !_questionWords.Contains(word))
            .Select(word => _sameAs.GetValueOrDefault(word, word)));
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        using var analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
        using var stream = analyzer.GetTokenStream("q", folded);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    /// <summary>Jaccard similarity of two token sets, in 0..1.</summary>
    public static double Similarity(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return 0;
        }

        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }
}
