using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Support;

public static class ActivityExtensions
{
    public static string Text(this JsonObject activity) => activity["text"]?.GetValue<string>() ?? "";

    /// <summary>channelData.guidance.outcome, or null for replies that did not come from a question.</summary>
    public static string? Outcome(this JsonObject activity) => activity["channelData"]?["guidance"]?["outcome"]?.GetValue<string>();

    public static string? ArticleId(this JsonObject activity) => activity["channelData"]?["guidance"]?["articleId"]?.GetValue<string>();

    public static IReadOnlyList<string> ButtonTitles(this JsonObject activity) =>
        activity["suggestedActions"]?["actions"]?.AsArray().Select(action => action!["title"]!.GetValue<string>()).ToList() ?? [];

    public static string AllText(this IEnumerable<JsonObject> activities) => string.Join("\n", activities.Select(Text));

    /// <summary>Everything the bot sent, as JSON: to look for a source or link wherever the renderer put it.</summary>
    public static string ToJsonString(this IEnumerable<JsonObject> activities) =>
        new JsonArray(activities.Select(a => (JsonNode)a.DeepClone()).ToArray()).ToJsonString();

    public static IReadOnlyList<string> Candidates(this JsonObject activity) =>
        activity["channelData"]?["guidance"]?["candidates"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [];
}
