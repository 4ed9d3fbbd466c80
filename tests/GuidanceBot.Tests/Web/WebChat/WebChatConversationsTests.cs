using GuidanceBot.Web.WebChat;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Web.WebChat;

public sealed class WebChatConversationsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_conversation_unused_for_the_idle_time_is_forgotten()
    {
        var conversations = Create(new WebChatOptions { IdleMinutes = 30 });
        var conversation = conversations.Start();

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(conversations.Find(conversation.Id));
        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(conversations.Find(conversation.Id));
        _time.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(conversations.Find(conversation.Id));
    }

    [Fact]
    public void When_full_the_least_recently_used_conversation_makes_room()
    {
        var conversations = Create(new WebChatOptions { MaxConversations = 10 });
        var first = conversations.Start();
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = conversations.Start();
        for (var i = 0; i < 8; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            conversations.Start();
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        conversations.Find(first.Id);
        conversations.Start();

        Assert.Equal(10, conversations.Count);
        Assert.NotNull(conversations.Find(first.Id));
        Assert.Null(conversations.Find(second.Id));
    }

    private WebChatConversations Create(WebChatOptions options) => new(Options.Create(options), _time);
}
