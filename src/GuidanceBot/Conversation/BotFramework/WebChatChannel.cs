using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// Runs turns for the built-in web chat page in process, through the same adapter and bot as /api/messages, with
/// deliveryMode expectReplies so that the replies come back from the call instead of being posted to a channel.
/// Takes and returns activity JSON, so that no Bot Framework type leaves this folder. Works with or without a
/// configured app id: the caller is the app itself, so no token is checked or needed.
/// </summary>
public sealed class WebChatChannel(GuidanceBotAdapter adapter, IBot bot, IConfiguration configuration, TimeProvider time)
{
    public const string ChannelId = "webchat";
    public const string BotId = "guidancebot";
    public const string BotName = "GuidanceBot";

    /// <summary>Announces the user to the bot (conversationUpdate), so that it says its welcome.</summary>
    public Task<IReadOnlyList<JsonObject>> StartAsync(string conversationId, string userId, string? locale, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var activity = Incoming(new Activity(ActivityTypes.ConversationUpdate) { Locale = locale }, conversationId, userId, serviceUrl);
        activity.MembersAdded = [new ChannelAccount(userId, role: RoleTypes.User)];
        return RunAsync(activity, cancellationToken);
    }

    /// <summary>
    /// Runs the user's message. The first activity returned is the message itself as stored (server id and time,
    /// from.role user, the client's channelData.clientActivityID), which Web Chat needs to mark it sent.
    /// </summary>
    /// <param name="message">A message from the page: text, value, locale, channelData, attachments. Ids and addresses are ours.</param>
    public async Task<IReadOnlyList<JsonObject>> SendAsync(string conversationId, string userId, JsonObject message, Uri serviceUrl, CancellationToken cancellationToken)
    {
        var fromClient = JsonConvert.DeserializeObject<Activity>(message.ToJsonString(), HttpHelper.BotMessageSerializerSettings)
            ?? throw new ArgumentException("The message is empty.", nameof(message));
        var activity = Incoming(new Activity(ActivityTypes.Message)
        {
            Text = fromClient.Text,
            TextFormat = fromClient.TextFormat,
            Value = fromClient.Value,
            Locale = fromClient.Locale,
            ChannelData = fromClient.ChannelData,
            Attachments = fromClient.Attachments?.Select(a => new Attachment(a.ContentType, name: a.Name)).ToList(),
        }, conversationId, userId, serviceUrl);

        var echo = ToJson(activity);
        echo.Remove("deliveryMode");
        echo.Remove("serviceUrl");
        return [echo, .. await RunAsync(activity, cancellationToken)];
    }

    private Activity Incoming(Activity activity, string conversationId, string userId, Uri serviceUrl)
    {
        activity.Id = NewId();
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl.AbsoluteUri;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(userId, role: RoleTypes.User);
        activity.Recipient = new ChannelAccount(BotId, BotName, RoleTypes.Bot);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.Locale = string.IsNullOrWhiteSpace(activity.Locale) ? "en-US" : activity.Locale;
        return activity;
    }

    private async Task<IReadOnlyList<JsonObject>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var replies = await adapter.ProcessInProcessAsync(activity, bot, cancellationToken, Caller());
        var stamp = time.GetUtcNow();
        return replies.Select(reply =>
        {
            reply.Id = string.IsNullOrEmpty(reply.Id) ? NewId() : reply.Id;
            reply.Timestamp ??= stamp;
            reply.From = new ChannelAccount(BotId, BotName, RoleTypes.Bot);
            reply.Recipient = activity.From;
            reply.Conversation = activity.Conversation;
            reply.ReplyToId = activity.Id;
            reply.ServiceUrl = null;
            return ToJson(reply);
        }).ToList();
    }

    // The adapter creates (but, with expectReplies, never uses) a connector client for the turn; with an app id
    // configured its credentials must be for that app id, so the caller claims to be the bot itself.
    private ClaimsIdentity Caller()
    {
        var appId = configuration["MicrosoftAppId"];
        return string.IsNullOrEmpty(appId)
            ? new ClaimsIdentity()
            : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)]);
    }

    private static JsonObject ToJson(IActivity activity) =>
        JsonNode.Parse(JsonConvert.SerializeObject(activity, HttpHelper.BotMessageSerializerSettings))!.AsObject();

    private static string NewId() => Guid.NewGuid().ToString("N");
}
