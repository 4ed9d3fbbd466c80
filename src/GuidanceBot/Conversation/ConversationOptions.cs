using System.ComponentModel.DataAnnotations;

namespace GuidanceBot.Conversation;

public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>Longest message text the bot reads; longer ones get a polite request to shorten.</summary>
    [Range(20, 100_000, ErrorMessage = "Conversation:MaxMessageLength must be between 20 and 100000 characters.")]
    public int MaxMessageLength { get; set; } = 2_000;
}
