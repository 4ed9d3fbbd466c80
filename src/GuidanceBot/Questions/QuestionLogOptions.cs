using System.ComponentModel.DataAnnotations;

namespace GuidanceBot.Questions;

/// <summary>How long questions are kept and how ids are pseudonymised.</summary>
public sealed class QuestionLogOptions
{
    public const string Section = "QuestionLog";

    /// <summary>Entries older than this are deleted automatically (at start-up and then daily).</summary>
    [Range(1, 3650, ErrorMessage = "QuestionLog:RetentionDays must be between 1 and 3650 days.")]
    public int RetentionDays { get; set; } = 180;

    /// <summary>
    /// Secret for the keyed hashes of conversation and user ids. When empty, a random key is generated once and kept
    /// in the database, so hashes stay stable across restarts but cannot be recomputed without the database.
    /// </summary>
    public string? HashKey { get; set; }
}
