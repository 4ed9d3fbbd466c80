using System.Text.RegularExpressions;
using GuidanceBot.Conversation.Texts;

namespace GuidanceBot.Conversation;

/// <summary>Greetings, thanks and requests for help, which get a short kind reply instead of a knowledge search.</summary>
public static partial class SmallTalk
{
    public enum Kind
    {
        None,
        Greeting,
        Thanks,
        Help,
    }

    /// <summary>Classifies a whole message; a greeting followed by a real question is not small talk.</summary>
    public static Kind Classify(string text, BotTexts texts)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Split(' ').Length > 6)
        {
            return Kind.None;
        }

        if (texts.HelpPhrases.Contains(normalized, StringComparer.OrdinalIgnoreCase))
        {
            return Kind.Help;
        }

        if (texts.ThanksPhrases.Contains(normalized, StringComparer.OrdinalIgnoreCase))
        {
            return Kind.Thanks;
        }

        return texts.GreetingPhrases.Contains(normalized, StringComparer.OrdinalIgnoreCase) ? Kind.Greeting : Kind.None;
    }

    /// <summary>Lower case, punctuation and repeated spaces removed: "Hello!!" and "hello" are the same.</summary>
    public static string Normalize(string text) =>
        Spaces().Replace(Punctuation().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}\s']")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
