namespace GuidanceBot.Knowledge.Loading;

/// <summary>Edit distance (Levenshtein plus swapped neighbours, "rigth" → "right", as one edit) with an early exit, for "did you mean" hints and typo tolerance.</summary>
public static class EditDistance
{
    public static bool AtMost(string a, string b, int max) => Compute(a, b, max) <= max;

    /// <summary>The edit distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        var previousRowMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            // Two rows past the limit: a swap reaches back only one row, so nothing can come back under it.
            if (rowMin > max && previousRowMin > max)
            {
                return max + 1;
            }

            previousRowMin = rowMin;

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
