using GuidanceBot.Conversation.Texts;

namespace GuidanceBot.Conversation.Flows;

/// <summary>What a typed or clicked answer means for a step: the value stored and compared, and how to show it.</summary>
/// <param name="Choice">The choice the answer picked, if any.</param>
public sealed record RecognizedAnswer(string Value, string Display, FlowChoice? Choice = null);

/// <summary>
/// Understands answers to flow steps: choices by label, close variant ("yeah", "not sure") or number, and typed
/// ages, dates and numbers through Microsoft.Recognizers.Text. Pure: the current time is passed in.
/// </summary>
public sealed class AnswerRecognizer(BotTexts texts)
{
    private const int MaxTextAnswerLength = 300;

    public AnswerRecognizer()
        : this(BotTexts.English)
    {
    }

    /// <summary>Builds the recognizer models (about 1.5 s) so that the first typed age or date in a flow is not slow.</summary>
    public static void WarmUp(DateTimeOffset now)
    {
        TypedAnswers.Age("about fifteen", now);
        TypedAnswers.Date("three days ago", now);
    }

    /// <summary>The answer to <paramref name="step"/>, or null when the text does not answer it.</summary>
    public RecognizedAnswer? Recognize(FlowStep step, string text, DateTimeOffset now)
    {
        if (RecognizeChoice(step.Choices, text, allowNumbers: step.Expect is null) is { } choice)
        {
            return new RecognizedAnswer(choice.Value, choice.Label, choice);
        }

        switch (step.Expect)
        {
            case AnswerKind.Age when TypedAnswers.Age(text, now) is { } age:
                return new RecognizedAnswer(age.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Format(texts.FlowAgeDisplay, age));
            case AnswerKind.Date when TypedAnswers.Date(text, now) is { } date:
                return new RecognizedAnswer(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
            case AnswerKind.Number when TypedAnswers.Number(text) is { } number:
                var value = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new RecognizedAnswer(value, value);
            case AnswerKind.Text when text.Trim() is { Length: > 0 and <= MaxTextAnswerLength } answer:
                return new RecognizedAnswer(answer, answer);
            default:
                return null;
        }
    }

    /// <summary>
    /// The choice the text picks: its label or value, a close variant of yes / no / not sure, a unique part of a
    /// label, or its number in the list ("2") when <paramref name="allowNumbers"/>.
    /// </summary>
    public FlowChoice? RecognizeChoice(IReadOnlyList<FlowChoice> choices, string text, bool allowNumbers = true)
    {
        var input = AnswerText.Normalize(text);
        if (input.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var exact = choices.Where(choice => AnswerText.Normalize(choice.Label) == input || AnswerText.Normalize(choice.Value) == input).ToList();
        if (exact.Count > 0)
        {
            return exact[0];
        }

        if (allowNumbers && int.TryParse(input, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }

        if (Family(input, prefixAllowed: true) is { } family
            && choices.Where(choice => Family(AnswerText.Normalize(choice.Value), false) == family || Family(AnswerText.Normalize(choice.Label), false) == family).ToList() is [var similar])
        {
            return similar;
        }

        // "relative" for "With another relative", or "yes alone" typed inside a longer sentence.
        var padded = $" {input} ";
        var partial = choices.Where(choice => input.Length >= 4 && $" {AnswerText.Normalize(choice.Label)} ".Contains(padded, StringComparison.Ordinal)).ToList();
        var contained = choices.Where(choice => padded.Contains($" {AnswerText.Normalize(choice.Label)} ", StringComparison.Ordinal)).ToList();
        return partial is [var part] ? part : contained is [var inside] ? inside : null;
    }

    private enum AnswerFamily
    {
        Yes,
        No,
        Unsure,
    }

    /// <summary>
    /// Which of yes / no / not sure a text means. "Not sure" is checked first so that "no idea" is not a no; with
    /// <paramref name="prefixAllowed"/>, "yes he is" counts as yes.
    /// </summary>
    private AnswerFamily? Family(string normalized, bool prefixAllowed)
    {
        (AnswerFamily Family, IReadOnlyList<string> Words)[] families =
            [(AnswerFamily.Unsure, texts.FlowUnsureWords), (AnswerFamily.Yes, texts.FlowYesWords), (AnswerFamily.No, texts.FlowNoWords)];
        foreach (var (family, words) in families)
        {
            foreach (var word in words.Select(AnswerText.Normalize))
            {
                if (normalized == word || ((prefixAllowed || family != AnswerFamily.Unsure) && normalized.StartsWith(word + " ", StringComparison.Ordinal)))
                {
                    return family;
                }

                if (family == AnswerFamily.Unsure && $" {normalized} ".Contains($" {word} ", StringComparison.Ordinal) && word.Contains(' '))
                {
                    return family;
                }
            }
        }

        return null;
    }
}
