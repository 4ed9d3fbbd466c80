using GuidanceBot.Knowledge;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// The schema.org Message entity that carries an answer's sources as citations. Teams renders its [1] markers from
/// it; Web Chat (4.16+) pairs it with Markdown link definitions in the text (see <see cref="LinkDefinitions"/>).
/// </summary>
public static class CitationEntity
{
    // Teams truncates or rejects longer values (citation name 80, abstract 160 characters).
    private const int MaxNameLength = 80;
    private const int MaxAbstractLength = 160;

    public static Entity Create(IReadOnlyList<ArticleSource> sources, string? fallbackUrl)
    {
        var citations = new JArray(sources.Select((source, index) =>
        {
            var appearance = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Shorten(source.Title, MaxNameLength),
                ["abstract"] = Shorten(source.Ref ?? source.Title, MaxAbstractLength),
            };
            if (SourceUrl(source, fallbackUrl) is { } url)
            {
                appearance["url"] = url;
            }

            return new JObject { ["@type"] = "Claim", ["position"] = index + 1, ["appearance"] = appearance };
        }));

        var entity = new Entity("https://schema.org/Message");
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = "";
        entity.Properties["citation"] = citations;
        return entity;
    }

    /// <summary>
    /// "[1]: url "title"" lines: Web Chat turns them into a numbered source list and makes the [1] markers clickable.
    /// A source without a URL of its own points at the full article, which lists it.
    /// </summary>
    public static string LinkDefinitions(IReadOnlyList<ArticleSource> sources, string? fallbackUrl) =>
        string.Join("\n", sources.Select((source, index) =>
            $"[{index + 1}]: {SourceUrl(source, fallbackUrl) ?? $"cite:{index + 1}"} \"{Title(source).Replace("\"", "'", StringComparison.Ordinal)}\""));

    private static string Title(ArticleSource source) =>
        string.IsNullOrWhiteSpace(source.Ref) ? source.Title : $"{source.Title}, {source.Ref}";

    private static string? SourceUrl(ArticleSource source, string? fallbackUrl) =>
        Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url.AbsoluteUri : fallbackUrl;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
