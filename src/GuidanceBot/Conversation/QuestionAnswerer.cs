using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;

namespace GuidanceBot.Conversation;

/// <summary>
/// Answers a question from the knowledge base (answer, "Did you mean", or an honest "no guidance yet"), handles the
/// buttons that follow (a chosen article, "None of these", feedback) and records each in the question log.
/// </summary>
public sealed class QuestionAnswerer(KnowledgeBase knowledge, QuestionRecorder recorder)
{
    public async Task<BotReply> AnswerAsync(string text, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken)
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
                var answer = Answered(best.Article, best.Confidence, entryId, candidateIds, state, snapshot, texts);
                return answer with { Choices = [.. answer.Choices, .. match.SeeAlso.Select(article => SeeAlso(article, texts))] };
            case MatchKind.Ambiguous:
                state.Pending = new PendingChoice { EntryId = entryId, ArticleIds = candidateIds.Take(AnswerComposer.MaxSuggestions).ToList() };
                return AnswerComposer.DidYouMean(match.Candidates, entryId, texts);
            default:
                return AnswerComposer.NoGuidance(Topics(snapshot, match), best?.Confidence ?? 0, QuestionOutcome.Unanswered, texts.NoGuidance, texts);
        }
    }

    /// <summary>Feedback, a "Did you mean" choice or "None of these"; null for any other action.</summary>
    public async Task<BotReply?> HandleButtonAsync(string action, IReadOnlyDictionary<string, string> payload, UserMessage message, ConversationData state, BotTexts texts, CancellationToken cancellationToken)
    {
        payload.TryGetValue(ReplyPayload.EntryId, out var entryId);
        var snapshot = knowledge.Current;
        switch (action)
        {
            case ReplyPayload.Feedback:
                var helpful = payload.TryGetValue(ReplyPayload.Helpful, out var value) && bool.TryParse(value, out var parsed) && parsed;
                await recorder.SetFeedbackAsync(entryId ?? state.LastAnswerEntryId, helpful, cancellationToken);
                return new BotReply(helpful ? texts.FeedbackHelpfulReply : texts.FeedbackNotHelpfulReply);

            case ReplyPayload.ChooseArticle when payload.TryGetValue(ReplyPayload.ArticleId, out var articleId) && snapshot.Articles.TryGetValue(articleId, out var article):
                state.Pending = null;
                if (entryId is null)
                {
                    entryId = await recorder.RecordAsync(Record(message, article.Title, QuestionOutcome.Answered, article.Id, 1, [article.Id]), cancellationToken);
                }
                else
                {
                    await recorder.UpdateOutcomeAsync(entryId, QuestionOutcome.Answered, article.Id, cancellationToken);
                }

                return Answered(article, 1, entryId, [article.Id], state, snapshot, texts);

            case ReplyPayload.NoneOfThese:
                state.Pending = null;
                await recorder.UpdateOutcomeAsync(entryId, QuestionOutcome.NoneOfThese, null, cancellationToken);
                return AnswerComposer.NoGuidance(Topics(snapshot, null), 0, QuestionOutcome.NoneOfThese, texts.NoneOfTheseReply, texts);

            default:
                return null;
        }
    }

    private static BotReply Answered(KnowledgeArticle article, double confidence, string? entryId, IReadOnlyList<string> candidates, ConversationData state, KnowledgeSnapshot snapshot, BotTexts texts)
    {
        state.LastAnswerEntryId = entryId;
        state.LastProcedureId = snapshot.Procedures.Flows.ContainsKey(article.Id) ? article.Id : null;
        var answer = AnswerComposer.Answer(article, confidence, entryId, candidates, snapshot.Procedures.Contacts, texts);
        return state.LastProcedureId is null ? answer : answer with { Choices = [GuidedProcedures.GuideMeChoice(article.Id, texts)] };
    }

    private static ReplyChoice SeeAlso(KnowledgeArticle article, BotTexts texts)
    {
        var title = string.Format(System.Globalization.CultureInfo.CurrentCulture, texts.SeeAlsoButton, article.Title);
        return new ReplyChoice(title, title, new Dictionary<string, string> { [ReplyPayload.Action] = ReplyPayload.ChooseArticle, [ReplyPayload.ArticleId] = article.Id });
    }

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

    public static QuestionRecord Record(UserMessage message, string text, string outcome, string? articleId, double confidence, IReadOnlyList<string> candidates) =>
        new(text, outcome, message.ChannelId, message.Locale, message.ConversationId, message.UserId, articleId, confidence, candidates);
}
