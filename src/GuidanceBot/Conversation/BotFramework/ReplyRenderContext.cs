using Microsoft.Bot.Schema;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>What rendering a reply depends on besides the reply: the site's public address and the client's conventions.</summary>
/// <param name="BaseUrl">Where this app is reached (scheme, host, path base), to make /kb/{id} links absolute.</param>
/// <param name="IsTeams">Teams has its own citation, feedback and button conventions; everything else gets Web Chat's.</param>
/// <param name="Locale">The language of the button titles.</param>
public sealed record ReplyRenderContext(Uri BaseUrl, bool IsTeams, string? Locale = null)
{
    public const string TeamsChannelId = "msteams";

    public static ReplyRenderContext For(IActivity activity, HttpRequest? request) => new(
        request is null ? new Uri("http://localhost/") : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/"),
        string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase),
        (activity as Activity)?.Locale);

    /// <summary>An absolute URL for a site-relative path such as /kb/unaccompanied-children.</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path.TrimStart('/')).AbsoluteUri;
}
