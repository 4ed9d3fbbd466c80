using System.Globalization;
using GuidanceBot.Questions;

namespace GuidanceBot.Admin;

/// <summary>
/// The period and filters from a page's or the API's query string (<c>from</c>, <c>to</c> as yyyy-MM-dd, both days
/// included; <c>outcome</c>, <c>channel</c>, <c>lang</c>). Without dates: the last seven days.
/// </summary>
public sealed record ReviewFilter(DateOnly From, DateOnly To, string? Outcome, string? Channel, string? Language)
{
    public const int DefaultDays = 7;

    public QuestionFilter ToQuestionFilter(IEnumerable<string>? outcomes = null) => new()
    {
        From = From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        To = To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Outcomes = outcomes?.ToList() ?? (string.IsNullOrEmpty(Outcome) ? [] : [Outcome]),
        Channel = Channel,
        Language = Language,
    };

    public string QueryString => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}" +
        (string.IsNullOrEmpty(Outcome) ? "" : $"&outcome={Uri.EscapeDataString(Outcome)}") +
        (string.IsNullOrEmpty(Channel) ? "" : $"&channel={Uri.EscapeDataString(Channel)}") +
        (string.IsNullOrEmpty(Language) ? "" : $"&lang={Uri.EscapeDataString(Language)}");

    /// <summary>Reads the filter, or says what is wrong with it in words a reviewer understands.</summary>
    public static bool TryParse(IQueryCollection query, TimeProvider time, out ReviewFilter filter, out string? error) =>
        TryParse(query["from"], query["to"], query["outcome"], query["channel"], query["lang"], time, out filter, out error);

    public static bool TryParse(string? from, string? to, string? outcome, string? channel, string? language, TimeProvider time,
        out ReviewFilter filter, out string? error)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        filter = new ReviewFilter(today.AddDays(1 - DefaultDays), today, Blank(outcome), Blank(channel), Blank(language));
        error = null;
        if (!TryDate(from, "from", out var fromDate, ref error) || !TryDate(to, "to", out var toDate, ref error))
        {
            return false;
        }

        filter = filter with { From = fromDate ?? filter.From, To = toDate ?? filter.To };
        if (filter.To < filter.From)
        {
            error = $"The period ends ({filter.To:yyyy-MM-dd}) before it starts ({filter.From:yyyy-MM-dd}).";
            return false;
        }

        if (filter.Outcome is { } wanted && !ReviewOutcomes.All.Contains(wanted))
        {
            error = $"'{wanted}' is not an outcome; use one of: {string.Join(", ", ReviewOutcomes.All)}.";
            return false;
        }

        return true;
    }

    private static bool TryDate(string? text, string name, out DateOnly? date, ref string? error)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"'{text}' is not a date for '{name}'; write it as yyyy-MM-dd, for example 2025-03-01.";
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The outcome words a reviewer can filter on.</summary>
public static class ReviewOutcomes
{
    public static readonly string[] All =
    [
        QuestionOutcome.Answered, QuestionOutcome.Ambiguous, QuestionOutcome.Unanswered, QuestionOutcome.NoneOfThese,
        QuestionOutcome.Urgent, QuestionOutcome.SmallTalk, QuestionOutcome.AbandonedFlow,
    ];
}
