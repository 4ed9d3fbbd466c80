using System.Globalization;
using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Conversation;

/// <summary>
/// Decides what the bot says. Knows nothing of the Bot Framework: it takes a <see cref="UserMessage"/> and the
/// conversation's <see cref="ConversationData"/>, and returns <see cref="BotReply"/> values, so it is tested without
/// a server and survives a move off the archived SDK.
/// </summary>
public sealed class ConversationEngine(KnowledgeBase knowledge, QuestionRecorder recorder, IOptions<ConversationOptions> options)
{
    private readonly ConversationOptions _options = options.Value;

    public IReadOnlyList<BotReply> Welcome(string? locale)
    {
        var texts = BotTexts.For(locale);
        return [new BotReply(texts.Welcome) { Choices = texts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToList() }];
    }

    public async Task<IReadOnlyList<BotReply>> HandleAsync(UserMessage message, ConversationData state, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(message.Locale);
        if (message.Value is { } payload && payload.TryGetValue(ReplyPayload.Action, out var action))
        {
            return await HandleButtonAsync(action, payload, message, state, texts, cancellationToken);
        }

        var text = message.Text.Trim();
        if (text.Length == 0)
        {
            return [new BotReply(message.HasAttachments ? texts.AttachmentOnly : texts.EmptyMessage)];
        }

        if (text.Length > _options.MaxMessageLength)
        {
            return [new BotReply(string.Format(CultureInfo.InvariantCulture, texts.MessageTooLong, _options.MaxMessageLength))];
        }

        if (state.Pending is { } pending)
        {
            state.Pending = null;
            if (PendingReply.Resolve(text, pending, knowledge.Current, texts) is { } resolved)
            {
                return await HandleButtonAsync(resolved[ReplyPayload.Action], resolved, message, state, texts, cancellationToken);
            }
        }

        return SmallTalk.Classify(text, texts) switch
        {
            SmallTalk.Kind.Greeting => [new BotReply(texts.GreetingReply)],
            SmallTalk.Kind.Thanks => [new BotReply(texts.ThanksReply)],
            SmallTalk.Kind.Help => [Help(texts)],
            _ => [await AnswerQuestionAsync(text, message, state, texts, cancellationToken)],
        };
    }

    private async Task<BotReply> AnswerQuestionAsync(string text, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        var match = snapshot.Match(text, message.Locale);
        var candidateIds = match.Candidates.Select(hit => hit.Article.Id).ToList();
        var best = match.Candidates.FirstOrDefault();
        var outcome = match.Kind switch
        {
            MatchKind.Answer => QuestionOutcome.Answered,
            MatchKind.Ambiguous => QuestionOutcome.Ambiguous,
            _ => QuestionOutcome.Unanswered,
        };
        var entryId = await recorder.RecordAsync(
            Record(message, text, outcome, match.Kind == MatchKind.Answer ? best?.Article.Id : null, best?.Confidence ?? 0, candidateIds),
            cancellationToken);

        switch (match.Kind)
        {
            case MatchKind.Answer when best is not null:
                state.LastAnswerEntryId = entryId;
                return AnswerComposer.Answer(best.Article, best.Confidence, entryId, candidateIds, texts);
            case MatchKind.Ambiguous:
                state.Pending = new PendingChoice { EntryId = entryId, ArticleIds = candidateIds.Take(AnswerComposer.MaxSuggestions).ToList() };
                return AnswerComposer.DidYouMean(match.Candidates, entryId, texts);
            default:
                return AnswerComposer.NoGuidance(Topics(snapshot, match), best?.Confidence ?? 0, QuestionOutcome.Unanswered, texts.NoGuidance, texts);
        }
    }

    private async Task<IReadOnlyList<BotReply>> HandleButtonAsync(
        string action, IReadOnlyDictionary<string, string> payload, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken)
    {
        payload.TryGetValue(ReplyPayload.EntryId, out var entryId);
        switch (action)
        {
            case ReplyPayload.Feedback:
                var helpful = payload.TryGetValue(ReplyPayload.Helpful, out var value) && bool.TryParse(value, out var parsed) && parsed;
                await recorder.SetFeedbackAsync(entryId ?? state.LastAnswerEntryId, helpful, cancellationToken);
                return [new BotReply(helpful ? texts.FeedbackHelpfulReply : texts.FeedbackNotHelpfulReply)];

            case ReplyPayload.ChooseArticle when payload.TryGetValue(ReplyPayload.ArticleId, out var articleId) &&
                                                 knowledge.Current.Articles.TryGetValue(articleId, out var article):
                state.Pending = null;
                if (entryId is null)
                {
                    entryId = await recorder.RecordAsync(Record(message, article.Title, QuestionOutcome.Answered, article.Id, 1, [article.Id]), cancellationToken);
                }
                else
                {
                    await recorder.UpdateOutcomeAsync(entryId, QuestionOutcome.Answered, article.Id, cancellationToken);
                }

                state.LastAnswerEntryId = entryId;
                return [AnswerComposer.Answer(article, 1, entryId, [article.Id], texts)];

            case ReplyPayload.NoneOfThese:
                state.Pending = null;
                await recorder.UpdateOutcomeAsync(entryId, QuestionOutcome.NoneOfThese, null, cancellationToken);
                return [AnswerComposer.NoGuidance(Topics(knowledge.Current, null), 0, QuestionOutcome.NoneOfThese, texts.NoneOfTheseReply, texts)];

            default:
                // A button from an old message (an article since removed, an unknown action): say so rather than guess.
                return [new BotReply(texts.ButtonNoLongerValid)];
        }
    }

    private static BotReply Help(BotTexts texts) =>
        new(texts.HelpReply) { Choices = texts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToList() };

    /// <summary>Topics to offer when there is no answer: the nearest articles if any, else procedures first.</summary>
    private static IReadOnlyList<KnowledgeArticle> Topics(KnowledgeSnapshot snapshot, KnowledgeMatch? match)
    {
        var nearest = match?.Candidates.Select(hit => hit.Article).ToList() ?? [];
        return nearest.Count > 0
            ? nearest
            : snapshot.Articles.Values
                .OrderBy(a => a.Type == ArticleTypes.Procedure ? 0 : 1)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .Take(4)
                .ToList();
    }

    private static QuestionRecord Record(UserMessage message, string text, string outcome, string? articleId, double confidence, IReadOnlyList<string> candidates) =>
        new(text, outcome, message.ChannelId, message.Locale, message.ConversationId, message.UserId, articleId, confidence, candidates);
}
