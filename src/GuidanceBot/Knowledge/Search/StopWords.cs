namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Words that carry no topic. Broader than Lucene's default list on purpose: staff ask questions ("what should I
/// do when..."), and question words must not make an unrelated article look like a match.
/// </summary>
public static class StopWords
{
    public static IReadOnlyList<string> English { get; } =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "if", "in", "into", "is", "it",
        "its", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "were", "will", "with", "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "do",
        "does", "did", "doing", "done", "can", "could", "should", "would", "may", "might", "must", "shall", "i", "me",
        "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "them", "theirs", "it's",
        "about", "from", "up", "down", "out", "over", "so", "than", "too", "very", "just", "also", "any", "some",
        "all", "each", "other", "have", "has", "had", "having", "get", "got", "am", "here", "now", "only", "own",
        "same", "both", "no", "not", "more", "most", "again", "ok", "okay", "please", "tell", "know",
        "need", "want", "there's", "someone", "somebody", "thing", "things", "still", "yet", "whether", "while",
    ];
}
