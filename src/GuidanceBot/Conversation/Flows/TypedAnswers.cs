using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace GuidanceBot.Conversation.Flows;

/// <summary>Ages, dates and numbers in free English text, through Microsoft.Recognizers.Text.</summary>
internal static class TypedAnswers
{
    private const int OldestAge = 120;

    // The models are costly to build and safe to share, so each is built once for the process.
    private static readonly Lazy<IModel> _numbers = new(() => new NumberRecognizer(Culture.English).GetNumberModel());
    private static readonly Lazy<IModel> _ages = new(() => new NumberWithUnitRecognizer(Culture.English).GetAgeModel());
    private static readonly Lazy<DateTimeRecognizer> _dates = new(() => new DateTimeRecognizer(Culture.English));

    /// <summary>
    /// An age in whole years. When the text gives several ("15 or 16"), the lowest, because a person who may be a
    /// child is treated as a child (CRC General Comment No. 6, para 31).
    /// </summary>
    public static int? Age(string text, DateTimeOffset now)
    {
        // The age model wants "old": "eight months" alone would otherwise read as 8 years.
        var ages = _ages.Value.Parse(text).Select(AgeInYears).OfType<int>().ToList();
        if (ages.Count == 0)
        {
            ages = _ages.Value.Parse(text + " old").Select(AgeInYears).OfType<int>().ToList();
        }

        if (ages.Count == 0 && Words(text).Contains("born") && Date(text, now) is { } birth)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var age = today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
            ages.Add(age);
        }

        if (ages.Count == 0)
        {
            ages = _numbers.Value.Parse(text).Select(ResolvedNumber).OfType<decimal>()
                .Where(number => number == decimal.Truncate(number)).Select(number => (int)number).ToList();
        }

        var valid = ages.Where(age => age is >= 0 and <= OldestAge).ToList();
        return valid.Count > 0 ? valid.Min() : null;
    }

    /// <summary>A calendar date; relative words ("yesterday", "three days ago") count from <paramref name="now"/>.</summary>
    public static DateOnly? Date(string text, DateTimeOffset now)
    {
        var results = _dates.Value.GetDateTimeModel().Parse(text, now.UtcDateTime);
        foreach (var result in results)
        {
            if (result.Resolution?.TryGetValue("values", out var values) is not true || values is not IEnumerable<Dictionary<string, string>> list)
            {
                continue;
            }

            var candidates = list
                .Select(value => value.TryGetValue("value", out var v) ? v : value.TryGetValue("start", out var s) ? s : null)
                .Select(value => value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
                .OfType<DateOnly>()
                .ToList();

            // "12 March" without a year resolves to last and next March: an event being reported has happened.
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var past = candidates.Where(date => date <= today).ToList();
            if (past.Count > 0)
            {
                return past.Max();
            }

            if (candidates.Count > 0)
            {
                return candidates.Min();
            }
        }

        return null;
    }

    /// <summary>The first number in the text ("about fifteen" is 15).</summary>
    public static decimal? Number(string text)
    {
        var numbers = _numbers.Value.Parse(text).Select(ResolvedNumber).OfType<decimal>().ToList();
        return numbers.Count > 0 ? numbers[0] : null;
    }

    private static int? AgeInYears(ModelResult result)
    {
        if (ResolvedNumber(result) is not { } amount || result.Resolution?.TryGetValue("unit", out var unit) is not true)
        {
            return null;
        }

        var years = unit?.ToString() switch
        {
            "Year" or "Decade" => amount * (unit?.ToString() == "Decade" ? 10 : 1),
            "Month" => amount / 12,
            "Week" => amount / 52,
            "Day" => amount / 365,
            _ => (decimal?)null,
        };
        return years is { } y ? (int)decimal.Floor(y) : null;
    }

    private static decimal? ResolvedNumber(ModelResult result) =>
        result.Resolution?.TryGetValue("value", out var value) is true
        && decimal.TryParse(value?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static string[] Words(string text) => AnswerText.Words(text);
}
