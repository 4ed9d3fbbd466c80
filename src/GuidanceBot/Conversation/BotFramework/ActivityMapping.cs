using GuidanceBot.Conversation.Texts;
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

    /// <summary>
    /// Renders a reply for the client: Markdown text with [1] citation markers and the sources (a schema.org Message
    /// entity, plus link definitions for Web Chat), a card with the full-article link and buttons, and feedback
    /// (Teams' own thumbs, or card buttons elsewhere). channelData.guidance carries the outcome for clients and tests.
    /// </summary>
    public static IActivity ToActivity(BotReply reply, ReplyRenderContext context)
    {
        var texts = BotTexts.For(context.Locale);
        var articleUrl = reply.Article is { } article ? context.Absolute(article.Path) : null;
        var text = reply.Text;
        if (reply.Sources.Count > 0 && !context.IsTeams)
        {
            text = $"{text}\n\n{CitationEntity.LinkDefinitions(reply.Sources, articleUrl)}";
        }

        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        if (reply.Sources.Count > 0)
        {
            activity.Entities = [CitationEntity.Create(reply.Sources, articleUrl)];
        }

        if (ReplyCard.IsNeeded(reply, context))
        {
            activity.Attachments = [new Attachment { ContentType = ReplyCard.ContentType, Content = ReplyCard.Create(reply, context, texts) }];
        }
        else if (reply.Choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = reply.Choices.Select(CardActions.Suggested).ToList() };
        }

        var channelData = new JObject();
        if (reply.Guidance is { } guidance)
        {
            channelData["guidance"] = JObject.FromObject(new
            {
                outcome = guidance.Outcome,
                articleId = guidance.ArticleId,
                candidates = guidance.Candidates,
                confidence = guidance.Confidence,
            });
        }

        if (reply.FeedbackEntryId is not null && context.IsTeams)
        {
            channelData["feedbackLoopEnabled"] = true;
        }

        if (channelData.Count > 0)
        {
            activity.ChannelData = channelData;
        }

        return activity;
    }

    internal static IReadOnlyDictionary<string, string>? ReadValue(object? value) => value switch
    {
        // Teams' messageBack from an Adaptive Card may deliver the value as the JSON text it was given.
        string text when text.TrimStart().StartsWith('{') => ReadValue(TryParse(text)),
        JObject json => json.Properties()
            .Where(property => property.Value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean)
            .ToDictionary(property => property.Name, property => Scalar(property.Value), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };

    // JSON true/false arrive as "true"/"false", the spelling ReplyPayload uses (Newtonsoft would say "True").
    private static string Scalar(JToken value) => value.Type == JTokenType.Boolean
        ? (value.Value<bool>() ? "true" : "false")
        : value.ToString(Newtonsoft.Json.Formatting.None).Trim('"');

    private static JObject? TryParse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}
