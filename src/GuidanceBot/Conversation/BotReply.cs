namespace GuidanceBot.Conversation;

/// <summary>One message the bot sends, in our own terms; the adapter edge renders it for the channel.</summary>
public sealed record BotReply(string Text)
{
    /// <summary>Buttons offered with the message; a choice's <see cref="ReplyChoice.Value"/> comes back when pressed.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>Machine-readable outcome of a question (channelData.guidance); null for small talk.</summary>
    public GuidanceInfo? Guidance { get; init; }
}

/// <summary>A button: what it shows and what it sends back.</summary>
public sealed record ReplyChoice(string Title, string Value);

/// <summary>What happened to a question, for clients and evaluation (channelData.guidance).</summary>
public sealed record GuidanceInfo(string Outcome, string? ArticleId, IReadOnlyList<string> Candidates, double Confidence);
