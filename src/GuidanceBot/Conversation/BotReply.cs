using GuidanceBot.Knowledge;

namespace GuidanceBot.Conversation;

/// <summary>One message the bot sends, in our own terms; the adapter edge renders it for the channel.</summary>
/// <param name="Text">Markdown. Citation markers such as [1] refer to <see cref="Sources"/> in order.</param>
public sealed record BotReply(string Text)
{
    /// <summary>Buttons offered with the message.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>Machine-readable outcome of a question (channelData.guidance); null for small talk.</summary>
    public GuidanceInfo? Guidance { get; init; }

    /// <summary>The sources an answer rests on, cited as [1], [2]... in order.</summary>
    public IReadOnlyList<ArticleSource> Sources { get; init; } = [];

    /// <summary>The article the reply answers from (its title and the /kb/{id} page), when there is one.</summary>
    public ArticleLink? Article { get; init; }

    /// <summary>When set, the reply offers Helpful / Not helpful, recorded against this question-log entry.</summary>
    public string? FeedbackEntryId { get; init; }
}

/// <summary>
/// A button. Without a payload it sends <see cref="Value"/> back as if typed (imBack); with one, the channel sends
/// the payload as the activity's value (messageBack / Action.Submit) and <see cref="Value"/> as display text.
/// </summary>
public sealed record ReplyChoice(string Title, string Value, IReadOnlyDictionary<string, string>? Payload = null);

/// <summary>What happened to a question, for clients and evaluation (channelData.guidance).</summary>
public sealed record GuidanceInfo(string Outcome, string? ArticleId, IReadOnlyList<string> Candidates, double Confidence);

/// <summary>An article's title and site-relative page path (/kb/{id}); the edge makes it absolute.</summary>
public sealed record ArticleLink(string Id, string Title)
{
    public string Path => $"/kb/{Uri.EscapeDataString(Id)}";
}
