using System.ComponentModel.DataAnnotations;

namespace GuidanceBot.Web.WebChat;

public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Serve the chat page at / and its endpoint at /directline. Turn off where only Teams may be used.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Open web chat conversations kept in memory; the least recently used goes first when full.</summary>
    [Range(10, 1_000_000, ErrorMessage = "WebChat:MaxConversations must be between 10 and 1000000.")]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation unused this long is forgotten (its page then starts a new one).</summary>
    [Range(1, 10_080, ErrorMessage = "WebChat:IdleMinutes must be between 1 and 10080 (a week).")]
    public int IdleMinutes { get; set; } = 720;
}
