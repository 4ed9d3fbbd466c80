using System.Text;

namespace GuidanceBot.Conversation.Urgent;

/// <summary>
/// One trigger phrase, matched as whole words in order, ignoring case and punctuation. A word ending in "-ing" also
/// matches its other verb forms ("bleeding": "bleeds"; "cutting": "cut", "cuts"), because staff describe the same
/// emergency either way.
/// A match right after a negation ("not bleeding") does not count.
/// </summary>
internal sealed class UrgentPhrase
{
    private static readonly HashSet<string> _negations = ["not", "no", "isnt", "wasnt", "arent", "never", "without", "nobody"];

    private readonly HashSet<string>[] _forms;

    public UrgentPhrase(string text)
    {
        Text = text.Trim();
        Words = Normalize(text);
        _forms = Words.Select(Forms).ToArray();
    }

    public string Text { get; }
    public string[] Words { get; }

    public bool IsIn(string[] words)
    {
        for (var start = 0; start + _forms.Length <= words.Length; start++)
        {
            var matches = true;
            for (var i = 0; i < _forms.Length && matches; i++)
            {
                matches = _forms[i].Contains(words[start + i]);
            }

            if (matches && (start == 0 || !_negations.Contains(words[start - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words; apostrophes dropped ("can't" is "cant"), other punctuation separates words.</summary>
    public static string[] Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static HashSet<string> Forms(string word)
    {
        var forms = new HashSet<string> { word };
        if (word.Length < 6 || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return forms;
        }

        // Only verb forms: the bare stem is often a noun used for a topic ("training on self-harm").
        var stem = word[..^3];
        forms.UnionWith([stem + "s", stem + "es", stem + "ed"]);
        if (stem.Length >= 3 && stem[^1] == stem[^2])
        {
            var single = stem[..^1];
            forms.UnionWith([single, single + "s"]); // cutting: cut, cuts (cut is also the past tense)
        }

        return forms;
    }
}
