using System.Text.RegularExpressions;

namespace GuidanceBot.Questions.Redaction;

/// <summary>The cue-based patterns of <see cref="Redactor"/>, kept apart so each can be read on its own.</summary>
internal static partial class RedactionPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan _timeout = TimeSpan.FromMilliseconds(250);

    private const string Month =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    // A date as staff write one: 03.05.2010, 3/5/10, 2010-05-03, 3 May 2010, 3rd of May 2010, May 3, 2010, May 2010.
    private const string Date =
        @"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}" +
        @"|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + Month + @")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}" +
        @"|\d{4})";

    /// <summary>"born on 3 May 2010", "DOB 03.05.2010", "date of birth: ...": the cue stays, the date goes.</summary>
    public static readonly Regex DateOfBirth = new(
        @"(?<cue>\b(?:born(?:\s+(?:on|in))?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday(?:\s+is)?)\s*(?:is\s+)?[:\-]?\s*)" + Date + @"\b",
        Options, _timeout);

    /// <summary>"case no. 2024/118", "passport number AB12345", "file ref: 77-12": the cue stays, the number goes.</summary>
    public static readonly Regex CuedId = new(
        @"(?<cue>\b(?:case|file|passport|id|identity\s+card|registration|reference|ref|application|asylum\s+(?:case|application)|dossier|residence\s+permit)" +
        @"\s*(?:no\.?|nr\.?|number|num\.?|#|id)?\s*(?:is\s+)?[:#]?\s*)" +
        @"(?=(?:[A-Z./-]*\d){3})[A-Z0-9][A-Z0-9./-]*[A-Z0-9]",
        Options, _timeout);

    /// <summary>Passport-like ids: letters and at least five digits in one token ("AB1234567", "X12345678").</summary>
    public static readonly Regex LetterDigitId = new(
        @"\b(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,}\b",
        Options, _timeout);

    /// <summary>"(555) 123-4567": an area code in brackets, which the recognizer does not take as part of a number.</summary>
    public static readonly Regex BracketedAreaCodePhone = new(@"\(\d{2,5}\)\s*\d[\d -]{4,}\d\b", RegexOptions.CultureInvariant, _timeout);

    /// <summary>Six or more digits in a row (possibly grouped by spaces or dashes) that nothing else explained.</summary>
    public static readonly Regex LongNumber = new(@"\b\d(?:[ -]?\d){5,}\b", RegexOptions.CultureInvariant, _timeout);

    /// <summary>"his name is ...", "a boy named ...", "called ...": up to three name words after the cue.</summary>
    public static readonly Regex CuedName = new(
        @"(?<cue>(?i:\b(?:(?:his|her|my|their|the\s+(?:child|boy|girl|minor)'?s?)\s+(?:first\s+|last\s+|full\s+|sur)?name\s+is|name\s*:|" +
        @"(?:i\s+am|i'm)\s+called))\s+)" + NameWords(caseSensitive: false) +
        @"|(?<cue>(?i:\b(?:named|called))\s+)" + NameWords(caseSensitive: true),
        RegexOptions.CultureInvariant, _timeout);

    // After "name is" any word is a name (staff often type in lower case); after "called"/"named" only capitalised
    // words are, so "a procedure called for" is left alone.
    private static string NameWords(bool caseSensitive)
    {
        const string NotName = @"(?!(?:and|but|he|she|they|who|is|was|from|with|in|at|the|a|an|to|of|for|or|what|how|can|does|do)\b)";
        var word = caseSensitive ? @"\p{Lu}[\p{L}'-]*" : @"(?i:" + NotName + @")\p{L}[\p{L}'-]*";
        return "(?:" + word + @")(?:\s+(?:" + word + @")){0,2}";
    }

    /// <summary>
    /// Whether the number at <paramref name="index"/> follows a reference cue (Article, Resolution, paragraph,
    /// General Comment No., ...), as in "Resolution 73/195": those name documents, not people.
    /// </summary>
    public static bool IsReference(string text, int index)
    {
        var before = text[..index];
        return ReferenceCue().IsMatch(before);
    }

    [GeneratedRegex(
        @"\b(?:art(?:icle)?s?|para(?:graph)?s?|resolution|res|comment\s+no|recommendation|directive|regulation|convention|protocol|section|chapter|rule|principle|no)\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceCue();
}
