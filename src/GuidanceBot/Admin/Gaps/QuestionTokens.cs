namespace GuidanceBot.Admin.Gaps;

/// <summary>How alike two questions are, from their term sets (see <see cref="QuestionClusterer"/>).</summary>
public static class QuestionTokens
{
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
