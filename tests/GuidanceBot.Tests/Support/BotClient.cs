using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// Talks to POST /api/messages as a channel does, with deliveryMode expectReplies so that the bot's replies come
/// back in the HTTP response body.
/// </summary>
public sealed class BotClient(HttpClient http, string conversationId)
{
    public const string ServiceUrl = "http://127.0.0.1:9/";

    public HttpClient Http { get; } = http;

    public string ConversationId { get; } = conversationId;

    public string ChannelId { get; init; } = "webchat";

    public string UserId { get; init; } = "user-1";

    public Task<IReadOnlyList<JsonObject>> SayAsync(string text) => SendAsync(Message(text));

    /// <summary>Presses a button whose value is an object (card action / messageBack).</summary>
    public Task<IReadOnlyList<JsonObject>> PressAsync(JsonObject value, string? text = null)
    {
        var activity = Message(text);
        activity["value"] = value;
        return SendAsync(activity);
    }

    /// <summary>
    /// Clicks the button titled <paramref name="title"/> in <paramref name="replies"/>, as a channel would: a
    /// suggested action's or card action's value goes back as the activity's value, a plain imBack as text.
    /// </summary>
    public Task<IReadOnlyList<JsonObject>> ClickAsync(IEnumerable<JsonObject> replies, string title)
    {
        var button = replies.SelectMany(Buttons).LastOrDefault(b => string.Equals(b["title"]?.GetValue<string>(), title, StringComparison.OrdinalIgnoreCase))
            ?? throw new Xunit.Sdk.XunitException($"No button '{title}' among: {string.Join(", ", replies.SelectMany(Buttons).Select(b => b["title"]))}");
        // What the client sends: Web Chat performs a card's wrapped card action (__isBotFrameworkCardAction), Teams
        // a card's msteams action; a string is sent as text (imBack); an object as the activity's value.
        var action = button["data"]?["cardAction"] ?? button["data"]?["msteams"] ?? button;
        var value = action["value"] ?? button["data"];
        return value is JsonObject payload
            ? PressAsync((JsonObject)payload.DeepClone(), action["displayText"]?.GetValue<string>() ?? action["text"]?.GetValue<string>())
            : SayAsync(value?.GetValue<string>() ?? title);
    }

    /// <summary>Every button of an activity: suggested actions and the actions of its cards.</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject activity)
    {
        var suggested = activity["suggestedActions"]?["actions"]?.AsArray() ?? [];
        var cardActions = (activity["attachments"]?.AsArray() ?? [])
            .SelectMany(attachment => Actions(attachment?["content"]));
        return suggested.OfType<JsonObject>().Concat(cardActions);
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["actions"]?.AsArray() ?? []).OfType<JsonObject>()
            .Concat((obj["buttons"]?.AsArray() ?? []).OfType<JsonObject>())
            .Concat(obj.Where(p => p.Key is "body" or "items" or "columns").SelectMany(p => Actions(p.Value))),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };

    public Task<IReadOnlyList<JsonObject>> JoinAsync() => SendAsync(new JsonObject
    {
        ["type"] = "conversationUpdate",
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId, ["name"] = "Officer" }),
    });

    public async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity)
    {
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray().Select(node => node!.AsObject()).ToList() ?? [];
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        activity["id"] ??= Guid.NewGuid().ToString("N");
        activity["channelId"] ??= ChannelId;
        activity["serviceUrl"] ??= ServiceUrl;
        activity["deliveryMode"] ??= "expectReplies";
        activity["locale"] ??= "en-US";
        activity["timestamp"] ??= DateTimeOffset.UtcNow.ToString("O");
        activity["conversation"] ??= new JsonObject { ["id"] = ConversationId };
        activity["from"] ??= new JsonObject { ["id"] = UserId, ["name"] = "Officer", ["role"] = "user" };
        activity["recipient"] ??= new JsonObject { ["id"] = "guidancebot", ["name"] = "GuidanceBot", ["role"] = "bot" };
        return Http.PostAsJsonAsync("/api/messages", activity);
    }

    private static JsonObject Message(string? text) => new() { ["type"] = "message", ["text"] = text };
}
