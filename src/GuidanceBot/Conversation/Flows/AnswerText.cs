using System.Text;

namespace GuidanceBot.Conversation.Flows;

/// <summary>Normalises typed text for comparison: lower case, apostrophes dropped, other punctuation as spaces.</summary>
internal static class AnswerText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c is '\'' or '\u2019' or '\u2018')
            {
                continue; // "don't" and "dont" are the same answer
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    public static string[] Words(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
