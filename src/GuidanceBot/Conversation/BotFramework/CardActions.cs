using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// A <see cref="ReplyChoice"/> as a button. Without a payload it sends its value as typed text (imBack); with one it
/// sends the payload as the activity's value and shows the title (messageBack). Teams and Web Chat spell that
/// differently inside an Adaptive Card's Action.Submit.
/// </summary>
public static class CardActions
{
    public static CardAction Suggested(ReplyChoice choice) => choice.Payload is null
        ? new CardAction(ActionTypes.ImBack, choice.Title, value: choice.Value)
        : new CardAction(ActionTypes.MessageBack, choice.Title, value: Payload(choice), displayText: choice.Value);

    public static JObject Submit(ReplyChoice choice, ReplyRenderContext context) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = choice.Title,
        ["data"] = context.IsTeams ? TeamsData(choice) : WebChatData(choice),
    };

    // Teams: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions (msteams property).
    private static JObject TeamsData(ReplyChoice choice) => choice.Payload is null
        ? new JObject { ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = choice.Value } }
        : new JObject
        {
            ["msteams"] = new JObject
            {
                ["type"] = "messageBack",
                ["displayText"] = choice.Value,
                ["text"] = "",
                ["value"] = Payload(choice).ToString(Newtonsoft.Json.Formatting.None),
            },
        };

    // Web Chat: a string is sent as imBack; { __isBotFrameworkCardAction, cardAction } performs any card action.
    private static JToken WebChatData(ReplyChoice choice) => choice.Payload is null
        ? new JValue(choice.Value)
        : new JObject
        {
            ["__isBotFrameworkCardAction"] = true,
            ["cardAction"] = new JObject
            {
                ["type"] = ActionTypes.MessageBack,
                ["title"] = choice.Title,
                ["displayText"] = choice.Value,
                ["value"] = Payload(choice),
            },
        };

    private static JObject Payload(ReplyChoice choice) => JObject.FromObject(choice.Payload ?? new Dictionary<string, string>());
}
