using GuidanceBot.Conversation.Texts;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Conversation;

/// <summary>
/// Decides what the bot says. Knows nothing of the Bot Framework: it takes a <see cref="UserMessage"/> and returns
/// <see cref="BotReply"/> values, so it is tested without a server and survives a move off the archived SDK.
/// </summary>
public sealed class ConversationEngine(IOptions<ConversationOptions> options)
{
    private readonly ConversationOptions _options = options.Value;

    public IReadOnlyList<BotReply> Welcome(string? locale)
    {
        var texts = BotTexts.For(locale);
        return [new BotReply(texts.Welcome) { Choices = texts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToList() }];
    }

    public Task<IReadOnlyList<BotReply>> HandleAsync(UserMessage message, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(message.Locale);
        var text = message.Text.Trim();
        if (text.Length == 0)
        {
            return Reply(message.HasAttachments ? texts.AttachmentOnly : texts.EmptyMessage);
        }

        if (text.Length > _options.MaxMessageLength)
        {
            return Reply(string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.MessageTooLong, _options.MaxMessageLength));
        }

        return Reply(texts.KnowledgeNotLoaded);
    }

    private static Task<IReadOnlyList<BotReply>> Reply(string text) => Task.FromResult<IReadOnlyList<BotReply>>([new BotReply(text)]);
}
