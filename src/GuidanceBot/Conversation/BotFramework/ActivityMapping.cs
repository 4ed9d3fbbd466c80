using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>Translation between Bot Framework activities and our own message types.</summary>
public static class ActivityMapping
{
    public static UserMessage ToUserMessage(IMessageActivity activity)
    {
        // Teams puts "<at>GuidanceBot</at>" in the text of a channel message; the question is what remains.
        var text = activity.Text ?? "";
        if (activity.Recipient is not null)
        {
            text = activity.RemoveRecipientMention() ?? text;
        }

        return new UserMessage(
            Text: text.Trim(),
            ChannelId: activity.ChannelId ?? "unknown",
            Locale: string.IsNullOrWhiteSpace(activity.Locale) ? "en-US" : activity.Locale,
            ConversationId: activity.Conversation?.Id ?? "",
            UserId: activity.From?.Id ?? "",
            HasAttachments: activity.Attachments?.Count > 0,
            Value: ReadValue(activity.Value));
    }

    public static IActivity ToActivity(BotReply reply)
    {
        var activity = MessageFactory.Text(reply.Text);
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.Choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = reply.Choices.Select(choice => new CardAction(ActionTypes.ImBack, choice.Title, value: choice.Value)).ToList(),
            };
        }

        if (reply.Guidance is { } guidance)
        {
            activity.ChannelData = JObject.FromObject(new
            {
                guidance = new
                {
                    outcome = guidance.Outcome,
                    articleId = guidance.ArticleId,
                    candidates = guidance.Candidates,
                    confidence = guidance.Confidence,
                },
            });
        }

        return activity;
    }

    private static IReadOnlyDictionary<string, string>? ReadValue(object? value) => value switch
    {
        JObject json => json.Properties()
            .Where(property => property.Value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean)
            .ToDictionary(property => property.Name, property => property.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };
}
