using GuidanceBot.Conversation.Texts;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// The Adaptive Card (schema 1.5, built as JSON: the C# AdaptiveCards package is not available to us) that carries
/// a reply's buttons: the link to the full article, "Did you mean" and flow choices, and, outside Teams, feedback.
/// </summary>
public static class ReplyCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <summary>Whether the reply needs a card at all; plain choices outside Teams stay suggested actions.</summary>
    public static bool IsNeeded(BotReply reply, ReplyRenderContext context) =>
        reply.Article is not null
        || (reply.FeedbackEntryId is not null && !context.IsTeams)
        || reply.Choices.Any(choice => choice.Payload is not null)
        // Teams shows suggested actions in personal chats only; a card's buttons work in every scope.
        || (context.IsTeams && reply.Choices.Count > 0);

    public static JObject Create(BotReply reply, ReplyRenderContext context, BotTexts texts)
    {
        var body = new JArray();
        if (reply.Article is { } article)
        {
            body.Add(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.FromArticle, article.Title),
                ["wrap"] = true,
                ["isSubtle"] = true,
                ["size"] = "Small",
            });
        }

        if (reply.Choices.Count > 0)
        {
            body.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(reply.Choices.Select(choice => CardActions.Submit(choice, context))),
            });
        }

        var actions = new JArray();
        if (reply.Article is { } link)
        {
            actions.Add(new JObject { ["type"] = "Action.OpenUrl", ["title"] = texts.ReadFullArticle, ["url"] = context.Absolute(link.Path) });
        }

        // Teams has its own thumbs up/down (channelData.feedbackLoopEnabled); elsewhere the card offers them.
        if (reply.FeedbackEntryId is { } entryId && !context.IsTeams)
        {
            actions.Add(CardActions.Submit(Feedback(texts.Helpful, entryId, helpful: true), context));
            actions.Add(CardActions.Submit(Feedback(texts.NotHelpful, entryId, helpful: false), context));
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return card;
    }

    private static ReplyChoice Feedback(string title, string entryId, bool helpful) => new(title, title, new Dictionary<string, string>
    {
        [ReplyPayload.Action] = ReplyPayload.Feedback,
        [ReplyPayload.EntryId] = entryId,
        [ReplyPayload.Helpful] = helpful ? "true" : "false",
    });
}
