using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Conversation.BotFramework;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidanceBot.Web.WebChat;

/// <summary>
/// The page's connection, shaped after Direct Line 3.0 but answered synchronously: the reply to a POST carries the
/// user's own activity (as stored) and the bot's replies. POST /directline/conversations starts one (with the
/// welcome); POST /directline/conversations/{id}/activities sends a message.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>Largest request body accepted; a typed question with its metadata is a few kilobytes.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static void MapDirectLine(this WebApplication app)
    {
        var group = app.MapGroup("/directline/conversations");
        group.MapPost("/", StartAsync);
        group.MapPost("/{conversationId}/activities", SendAsync);
    }

    private static async Task<Results<Ok<ConversationStarted>, BadRequest<Problem>, StatusCodeHttpResult>> StartAsync(
        HttpContext context, WebChatConversations conversations, WebChatChannel channel)
    {
        var (body, error) = await ReadBodyAsync(context, allowEmpty: true);
        if (error is not null)
        {
            return error.Value.Status == StatusCodes.Status413PayloadTooLarge ? TypedResults.StatusCode(error.Value.Status) : TypedResults.BadRequest(error.Value.Problem);
        }

        var conversation = conversations.Start();
        var locale = body?["locale"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var activities = await channel.StartAsync(conversation.Id, conversation.UserId, locale, BaseUrl(context), context.RequestAborted);
        NoStore(context);
        return TypedResults.Ok(new ConversationStarted(conversation.Id, conversation.UserId, activities));
    }

    private static async Task<Results<Ok<ActivitiesPosted>, BadRequest<Problem>, NotFound<Problem>, StatusCodeHttpResult>> SendAsync(
        string conversationId, HttpContext context, WebChatConversations conversations, WebChatChannel channel)
    {
        var (body, error) = await ReadBodyAsync(context, allowEmpty: false);
        if (error is not null)
        {
            return error.Value.Status == StatusCodes.Status413PayloadTooLarge ? TypedResults.StatusCode(error.Value.Status) : TypedResults.BadRequest(error.Value.Problem);
        }

        if (body?["type"]?.GetValueKind() != JsonValueKind.String || body["type"]!.GetValue<string>() != "message")
        {
            return TypedResults.BadRequest(new Problem("Only activities of type \"message\" can be sent."));
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return TypedResults.NotFound(new Problem("No such conversation (it may have expired): start a new one."));
        }

        await conversation.Turns.WaitAsync(context.RequestAborted);
        try
        {
            var activities = await channel.SendAsync(conversation.Id, conversation.UserId, body, BaseUrl(context), context.RequestAborted);
            NoStore(context);
            return TypedResults.Ok(new ActivitiesPosted(activities[0]["id"]!.GetValue<string>(), activities));
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    private static async Task<(JsonObject? Body, (int Status, Problem Problem)? Error)> ReadBodyAsync(HttpContext context, bool allowEmpty)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        var tooLarge = (StatusCodes.Status413PayloadTooLarge, new Problem($"The request body is over {MaxBodyBytes} bytes."));
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, tooLarge);
        }

        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            if (buffer.Length == 0)
            {
                return allowEmpty ? (null, null) : (null, (StatusCodes.Status400BadRequest, new Problem("The request body is empty; send an activity as JSON.")));
            }

            return JsonNode.Parse(buffer.ToArray()) is JsonObject body
                ? (body, null)
                : (null, (StatusCodes.Status400BadRequest, new Problem("The request body must be a JSON object.")));
        }
        catch (JsonException exception)
        {
            return (null, (StatusCodes.Status400BadRequest, new Problem($"The request body is not valid JSON: {exception.Message}")));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge);
        }
    }

    // The page's own address: replies link to /kb/{id} on it, and it is the turn's serviceUrl.
    private static Uri BaseUrl(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    public sealed record ConversationStarted(string ConversationId, string UserId, IReadOnlyList<JsonObject> Activities);

    public sealed record ActivitiesPosted(string Id, IReadOnlyList<JsonObject> Activities);

    public sealed record Problem(string Error);
}
