using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Typo tolerance: a query stem that no article (or synonym) uses is replaced by the nearest stem that one does,
/// within 1 edit for stems of 4-6 letters and 2 edits from 7 letters. Shorter stems are left alone: at that length
/// one edit turns most words into another real word. Stop words are never corrected: "with" is not a typo of "wit".
/// </summary>
public sealed class SpellingCorrector
{
    private const int SureLength = 6;

    private readonly Dictionary<int, List<string>> _byLength;
    private readonly Dictionary<string, int> _counts;
    private readonly Func<string, bool> _isStopWord;

    /// <summary>The stems articles use, with how often; the most used wins among equally near ones.</summary>
    public SpellingCorrector(IEnumerable<KeyValuePair<string, int>> stemCounts, Func<string, bool> isStopWord)
    {
        _isStopWord = isStopWord;
        _counts = new Dictionary<string, int>(stemCounts, StringComparer.Ordinal);
        _byLength = _counts.Keys.GroupBy(stem => stem.Length)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(stem => _counts[stem]).ThenBy(stem => stem, StringComparer.Ordinal).ToList());
    }

    public IReadOnlyList<string> Correct(IReadOnlyList<string> stems) => [.. stems.Select(Correct)];

    /// <summary>
    /// One slip in a long word is almost surely a typo ("detension"); a short word one edit from a used one, or a
    /// word two edits away, may just as well be another real word ("reset" → "rest", "weather" → "water").
    /// </summary>
    public static bool IsSure(string typed, string corrected) =>
        typed == corrected || typed.Length >= SureLength && EditDistance.Compute(typed, corrected, 1) <= 1;

    public string Correct(string stem)
    {
        if (stem.Length < 4 || _counts.ContainsKey(stem) || _isStopWord(stem) || stem.Any(char.IsDigit))
        {
            return stem;
        }

        var maxEdits = stem.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = maxEdits + 1;
        for (var length = stem.Length - maxEdits; length <= stem.Length + maxEdits; length++)
        {
            if (!_byLength.TryGetValue(length, out var words))
            {
                continue;
            }

            foreach (var word in words)
            {
                // Typos rarely hit the first letter; requiring it keeps the scan fast and the guesses sane.
                if (word[0] != stem[0])
                {
                    continue;
                }

                var distance = EditDistance.Compute(stem, word, maxEdits);
                if (distance < bestDistance || distance == bestDistance && best is not null && _counts[word] > _counts[best])
                {
                    (best, bestDistance) = (word, distance);
                }
            }
        }

        return best ?? stem;
    }
}
