using System.ComponentModel.DataAnnotations;

namespace GuidanceBot.Knowledge;

/// <summary>Where the curated articles live and how sure search must be before the bot answers.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>
    /// The knowledge folder. Null: the repository's <c>knowledge/</c> folder, found by walking up from the content
    /// root and from the current directory to the folder holding GuidanceBot.sln. Relative paths are resolved
    /// against the content root.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>Serve draft articles too (trainers' preview).</summary>
    public bool IncludeDrafts { get; set; }

    /// <summary>Confidence at or above which the best hit is answered (when no rival is close); see docs/search.md.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:AnswerThreshold must be between 0 and 1, for example 0.6.")]
    public double AnswerThreshold { get; set; } = 0.3;

    /// <summary>
    /// Confidence at or above which a hit may be offered as a "Did you mean...?" choice. Between this and
    /// <see cref="AnswerThreshold"/> the best fit is only moderate: the bot asks instead of answering.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:SuggestThreshold must be between 0 and 1, for example 0.15.")]
    public double SuggestThreshold { get; set; } = 0.15;

    /// <summary>A runner-up whose phrasing match is within this margin of the best hit's (or above it) is a close call.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:AmbiguityMargin must be between 0 and 1, for example 0.05.")]
    public double AmbiguityMargin { get; set; } = 0.05;

    /// <summary>Only runners-up with at least this share of the best hit's confidence can be a close call.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Knowledge:RivalShare must be between 0 and 1, for example 0.75.")]
    public double RivalShare { get; set; } = 0.75;

    /// <summary>An article whose <c>reviewed</c> date is older than this many months gets a warning.</summary>
    [Range(1, 120, ErrorMessage = "Knowledge:StaleAfterMonths must be between 1 and 120.")]
    public int StaleAfterMonths { get; set; } = 12;

    /// <summary>How long to wait after the last file change before rebuilding (editors save in bursts).</summary>
    [Range(0, 60_000, ErrorMessage = "Knowledge:ReloadDelayMilliseconds must be between 0 and 60000.")]
    public int ReloadDelayMilliseconds { get; set; } = 500;

    /// <summary>
    /// Local contacts that fill <c>[LOCAL: key]</c> placeholders, e.g. <c>Knowledge:Contacts:emergency number</c>;
    /// they win over the trainers' contacts.yml, so a deployment can set them without editing the folder.
    /// </summary>
    public Dictionary<string, string> Contacts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
