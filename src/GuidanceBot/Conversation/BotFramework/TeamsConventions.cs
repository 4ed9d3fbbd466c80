using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>How Teams addresses the bot: @mentions in shared conversations, and its own feedback buttons.</summary>
public static class TeamsConventions
{
    public const string SubmitActionInvoke = "message/submitAction";

    /// <summary>
    /// In a team channel or group chat everybody's messages reach the bot, but only those that @mention it are for it.
    /// A card button pressed there (it has a value) is for the bot too. Personal chats and web chat: always.
    /// </summary>
    public static bool IsAddressedToBot(IMessageActivity activity)
    {
        var conversationType = activity.Conversation?.ConversationType;
        if (conversationType is not ("channel" or "groupChat"))
        {
            return true;
        }

        var botId = activity.Recipient?.Id;
        return activity.Value is not null
            || (botId is not null && activity.GetMentions().Any(mention => mention.Mentioned?.Id == botId));
    }

    /// <summary>
    /// Teams' thumbs up/down under a reply with channelData.feedbackLoopEnabled arrive as a message/submitAction
    /// invoke; we read it as the same feedback payload our card buttons send. The entry is the conversation's last answer.
    /// </summary>
    public static UserMessage? ReadFeedback(IInvokeActivity activity)
    {
        if (activity.Name != SubmitActionInvoke || activity.Value is not JObject value
            || value.Value<string>("actionName") != "feedback")
        {
            return null;
        }

        var helpful = value["actionValue"]?.Value<string>("reaction") switch
        {
            "like" => "true",
            "dislike" => "false",
            _ => null,
        };
        if (helpful is null)
        {
            return null;
        }

        return new UserMessage(
            Text: "",
            ChannelId: activity.ChannelId ?? "unknown",
            Locale: (activity as Activity)?.Locale is { Length: > 0 } locale ? locale : "en-US",
            ConversationId: activity.Conversation?.Id ?? "",
            UserId: activity.From?.Id ?? "",
            Value: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [ReplyPayload.Action] = ReplyPayload.Feedback,
                [ReplyPayload.Helpful] = helpful,
            });
    }
}
