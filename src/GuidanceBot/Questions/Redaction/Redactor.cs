using System.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace GuidanceBot.Questions.Redaction;

/// <summary>
/// Replaces personal data in a question with placeholders before it is stored: [EMAIL], [PHONE], [ID], [DOB], [NAME].
/// Errs on the side of redacting, but leaves the references staff ask about ("Article 37", "General Comment No. 6",
/// "Resolution 73/195", ages and years) intact, because trainers need them to understand the question.
/// </summary>
public static class Redactor
{
    public const string Email = "[EMAIL]";
    public const string Phone = "[PHONE]";
    public const string Id = "[ID]";
    public const string DateOfBirth = "[DOB]";
    public const string Name = "[NAME]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        // Order matters: cue-based rules see the text first (they know what a number is), then the recognizers,
        // then the catch-all for long numbers that nothing else explained.
        var result = RedactionPatterns.DateOfBirth.Replace(text, match => match.Groups["cue"].Value + DateOfBirth);
        result = RedactionPatterns.CuedId.Replace(result, match => match.Groups["cue"].Value + Id);
        result = ReplaceRecognized(result, SequenceRecognizer.RecognizeEmail(result, Culture.English), Email);
        result = RedactionPatterns.LetterDigitId.Replace(result, Id);
        result = RedactionPatterns.BracketedAreaCodePhone.Replace(result, Phone);
        result = ReplaceRecognized(result, SequenceRecognizer.RecognizePhoneNumber(result, Culture.English)
            .Where(found => LooksLikePhone(found.Text) && !RedactionPatterns.IsReference(result, found.Start)).ToList(), Phone);
        result = RedactionPatterns.LongNumber.Replace(result, match =>
            RedactionPatterns.IsReference(result, match.Index) ? match.Value : Id);
        result = RedactionPatterns.CuedName.Replace(result, match => match.Groups["cue"].Value + Name);
        return result;
    }

    // The recognizer takes any long digit run for a phone number; a bare run that starts neither with + nor with a
    // trunk 0 is more likely a document number, which the long-number rule labels [ID].
    private static bool LooksLikePhone(string found) =>
        found.StartsWith('+') || found.StartsWith('0') || found.Any(c => c is '(' or '-' or '.');

    private static string ReplaceRecognized(string text, IEnumerable<ModelResult> found, string placeholder)
    {
        var builder = new StringBuilder(text);
        foreach (var result in found.OrderByDescending(result => result.Start))
        {
            builder.Remove(result.Start, result.End - result.Start + 1).Insert(result.Start, placeholder);
        }

        return builder.ToString();
    }
}
