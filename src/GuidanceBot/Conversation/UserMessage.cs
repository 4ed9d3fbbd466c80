namespace GuidanceBot.Conversation;

/// <summary>What a staff member sent, in our own terms (no Bot Framework types past the adapter edge).</summary>
/// <param name="Text">The message text with any @mention of the bot removed; empty when none.</param>
/// <param name="Value">A button's payload (card action or message back), when the message came from a button.</param>
public sealed record UserMessage(
    string Text,
    string ChannelId,
    string Locale,
    string ConversationId,
    string UserId,
    bool HasAttachments = false,
    IReadOnlyDictionary<string, string>? Value = null);
