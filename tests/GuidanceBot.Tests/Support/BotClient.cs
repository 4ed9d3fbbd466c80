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
