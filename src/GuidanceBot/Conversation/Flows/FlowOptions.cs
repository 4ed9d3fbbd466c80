using System.ComponentModel.DataAnnotations;

namespace GuidanceBot.Conversation.Flows;

/// <summary>Settings of guided procedures (configuration section "Flows").</summary>
public sealed class FlowOptions
{
    public const string Section = "Flows";

    /// <summary>How long an untouched flow is kept before it is closed as abandoned.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Flows:IdleTimeout must be between 1 minute and 30 days, for example \"1.00:00:00\" for 24 hours.")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(24);
}
