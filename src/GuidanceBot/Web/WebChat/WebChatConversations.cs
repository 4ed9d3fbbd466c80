using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Web.WebChat;

/// <summary>
/// The open web chat conversations. A conversation id is a random 256-bit token: for an anonymous web chat user it is
/// the only credential, so it cannot be guessed, and an unknown one is simply not found. Held in memory (the
/// conversation's own state is in the bot's storage); after a restart the page starts a new conversation.
/// </summary>
public sealed class WebChatConversations(IOptions<WebChatOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, WebChatConversation> _open = new(StringComparer.Ordinal);
    private readonly WebChatOptions _options = options.Value;

    public int Count => _open.Count;

    public WebChatConversation Start()
    {
        ForgetIdle();
        var conversation = new WebChatConversation(NewToken(), "user-" + NewToken()[..16], time.GetUtcNow());
        _open[conversation.Id] = conversation;
        return conversation;
    }

    public WebChatConversation? Find(string id)
    {
        if (!_open.TryGetValue(id, out var conversation))
        {
            return null;
        }

        if (IsIdle(conversation))
        {
            _open.TryRemove(id, out _);
            return null;
        }

        conversation.LastUsed = time.GetUtcNow();
        return conversation;
    }

    private void ForgetIdle()
    {
        foreach (var conversation in _open.Values.Where(IsIdle))
        {
            _open.TryRemove(conversation.Id, out _);
        }

        var excess = _open.Count - _options.MaxConversations + 1;
        foreach (var conversation in _open.Values.OrderBy(c => c.LastUsed).Take(Math.Max(0, excess)))
        {
            _open.TryRemove(conversation.Id, out _);
        }
    }

    private bool IsIdle(WebChatConversation conversation) =>
        time.GetUtcNow() - conversation.LastUsed > TimeSpan.FromMinutes(_options.IdleMinutes);

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>One open web chat conversation; <see cref="Turns"/> lets one turn run at a time, as in a channel.</summary>
public sealed class WebChatConversation(string id, string userId, DateTimeOffset started)
{
    public string Id { get; } = id;
    public string UserId { get; } = userId;
    public DateTimeOffset LastUsed { get; set; } = started;
    public SemaphoreSlim Turns { get; } = new(1, 1);
}
