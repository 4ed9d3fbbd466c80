using System.Globalization;
using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Conversation;

/// <summary>
/// Decides what the bot says, in this order: buttons; unreadable messages; the urgent-danger override; the guided
/// procedure in progress; a reply to "Did you mean"; menus and small talk; and finally a knowledge question.
/// Knows nothing of the Bot Framework: it takes a <see cref="UserMessage"/> and the conversation's
/// <see cref="ConversationData"/> and returns <see cref="BotReply"/> values.
/// </summary>
public sealed class ConversationEngine(
    KnowledgeBase knowledge, QuestionAnswerer answerer, GuidedProcedures procedures, UrgentDanger urgent, IOptions<ConversationOptions> options)
{
    private readonly ConversationOptions _options = options.Value;

    public IReadOnlyList<BotReply> Welcome(string? locale)
    {
        var texts = BotTexts.For(locale);
        var choices = texts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToList();
        if (knowledge.Current.Procedures.Flows.Count > 0)
        {
            choices.Add(new ReplyChoice(texts.StartReferralButton, texts.StartReferralButton));
        }

        return [new BotReply(texts.Welcome) { Choices = choices }];
    }

    public async Task<IReadOnlyList<BotReply>> HandleAsync(UserMessage message, ConversationData state, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(message.Locale);
        var replies = new List<BotReply>();
        if (await procedures.CloseIfExpiredAsync(message, state, texts, cancellationToken) is { } expired)
        {
            replies.Add(expired);
        }

        if (message.Value is { } payload && payload.TryGetValue(ReplyPayload.Action, out var action))
        {
            replies.AddRange(await HandleButtonAsync(action, payload, message, state, texts, cancellationToken));
            return replies;
        }

        var text = message.Text.Trim();
        if (text.Length == 0 || text.Length > _options.MaxMessageLength)
        {
            replies.Add(new BotReply(text.Length == 0
                ? message.HasAttachments ? texts.AttachmentOnly : texts.EmptyMessage
                : string.Format(CultureInfo.InvariantCulture, texts.MessageTooLong, _options.MaxMessageLength)));
            return replies;
        }

        if (await urgent.CheckAsync(text, message, texts, cancellationToken) is { } danger)
        {
            replies.Add(danger);
            replies.AddIfNotNull(procedures.ResumeOffer(state, texts));
            return replies;
        }

        if (state.Flow is not null)
        {
            var turn = await procedures.ContinueAsync(message, state, texts, cancellationToken);
            if (turn.AnswerAsQuestion)
            {
                replies.Add(await AnswerAsync(text, message, state, texts, cancellationToken));
            }

            replies.AddRange(turn.Replies);
            return replies;
        }

        replies.AddRange(await HandleTextAsync(text, message, state, texts, cancellationToken));
        return replies;
    }

    private async Task<IReadOnlyList<BotReply>> HandleTextAsync(string text, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken)
    {
        if (state.Pending is { } pending)
        {
            state.Pending = null;
            if (PendingReply.Resolve(text, pending, knowledge.Current, texts) is { } chosen)
            {
                return await HandleButtonAsync(chosen[ReplyPayload.Action], chosen, message, state, texts, cancellationToken);
            }
        }

        var typed = SmallTalk.Normalize(text);
        if (state.LastProcedureId is { } procedureId && typed == SmallTalk.Normalize(texts.FlowGuideMeButton))
        {
            return await procedures.StartAsync(procedureId, message, state, texts, cancellationToken);
        }

        if (texts.StartReferralPhrases.Contains(typed, StringComparer.OrdinalIgnoreCase))
        {
            return [procedures.Menu(texts)];
        }

        return SmallTalk.Classify(text, texts) switch
        {
            SmallTalk.Kind.Greeting => [new BotReply(texts.GreetingReply)],
            SmallTalk.Kind.Thanks => [new BotReply(texts.ThanksReply)],
            SmallTalk.Kind.Help => [new BotReply(texts.HelpReply) { Choices = Welcome(message.Locale)[0].Choices }],
            _ => [await AnswerAsync(text, message, state, texts, cancellationToken)],
        };
    }

    private Task<BotReply> AnswerAsync(string text, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken) =>
        answerer.AnswerAsync(text, message, state, texts, cancellationToken);

    private async Task<IReadOnlyList<BotReply>> HandleButtonAsync(
        string action, IReadOnlyDictionary<string, string> payload, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken)
    {
        if (action == ReplyPayload.StartFlow && payload.TryGetValue(ReplyPayload.ArticleId, out var articleId))
        {
            return await procedures.StartAsync(articleId, message, state, texts, cancellationToken);
        }

        if (action == ReplyPayload.FlowAnswer)
        {
            return state.Flow is null ? [new BotReply(texts.ButtonNoLongerValid)] : (await procedures.ContinueAsync(message, state, texts, cancellationToken)).Replies;
        }

        // A button from an old message (an article since removed, an unknown action): say so rather than guess.
        return [await answerer.HandleButtonAsync(action, payload, message, state, texts, cancellationToken) ?? new BotReply(texts.ButtonNoLongerValid)];
    }
}

internal static class ReplyListExtensions
{
    public static void AddIfNotNull(this List<BotReply> replies, BotReply? reply)
    {
        if (reply is not null)
        {
            replies.Add(reply);
        }
    }
}
