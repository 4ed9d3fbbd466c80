namespace GuidanceBot.Questions;

/// <summary>Which questions to read: a period [From, To) in UTC and optional outcome/channel/language filters.</summary>
public sealed record QuestionFilter
{
    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>Outcomes to include; empty means all.</summary>
    public IReadOnlyCollection<string> Outcomes { get; init; } = [];

    public string? Channel { get; init; }

    /// <summary>Language prefix of the locale ("en" matches "en-US").</summary>
    public string? Language { get; init; }

    public static QuestionFilter All { get; } = new();

    public bool Matches(QuestionLogEntry entry) =>
        (From is not { } from || entry.Time >= from) &&
        (To is not { } to || entry.Time < to) &&
        (Outcomes.Count == 0 || Outcomes.Contains(entry.Outcome, StringComparer.OrdinalIgnoreCase)) &&
        (string.IsNullOrEmpty(Channel) || string.Equals(entry.Channel, Channel, StringComparison.OrdinalIgnoreCase)) &&
        (string.IsNullOrEmpty(Language) || entry.Locale.StartsWith(Language, StringComparison.OrdinalIgnoreCase));
}
