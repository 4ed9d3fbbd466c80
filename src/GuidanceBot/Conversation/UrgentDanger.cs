using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;

namespace GuidanceBot.Conversation;

/// <summary>
/// The override that comes before any search: a message with one of the trainers' urgent phrases (urgent.yml) gets
/// the urgent-danger guidance first, recorded as urgent in the question log.
/// </summary>
public sealed class UrgentDanger(KnowledgeBase knowledge, QuestionRecorder recorder)
{
    public async Task<BotReply?> CheckAsync(string text, UserMessage message, BotTexts texts, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        var triggers = snapshot.Procedures.Urgent;
        if (triggers.Match(text) is null)
        {
            return null;
        }

        snapshot.Articles.TryGetValue(triggers.ArticleId, out var article);
        var entryId = await recorder.RecordAsync(QuestionAnswerer.Record(message, text, QuestionOutcome.Urgent, article?.Id, 1, []), cancellationToken);
        return article is null
            // The trainers' urgent article is missing (validate reports it): still put safety first, without local details.
            ? new BotReply(texts.UrgentFallback) { Guidance = new GuidanceInfo(QuestionOutcome.Urgent, null, [], 1) }
            : AnswerComposer.Answer(article, 1, entryId, [article.Id], snapshot.Procedures.Contacts, texts, QuestionOutcome.Urgent);
    }
}
