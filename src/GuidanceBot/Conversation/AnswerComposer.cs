using System.Text;
using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;

namespace GuidanceBot.Conversation;

/// <summary>Turns a knowledge match into what staff read: an answer, a "Did you mean" list, or an honest "no guidance yet".</summary>
public static class AnswerComposer
{
    public const int MaxSuggestions = 3;

    /// <summary>The article's short answer with citation markers [1], [2]... for its sources, and a link to the full article.</summary>
    public static BotReply Answer(KnowledgeArticle article, double confidence, string? entryId, IReadOnlyList<string> candidates, BotTexts texts)
    {
        var text = new StringBuilder()
            .Append("**").Append(article.Title).Append("**\n\n")
            .Append(article.ShortAnswer.Trim());
        for (var i = 1; i <= article.Sources.Count; i++)
        {
            text.Append(i == 1 ? " " : "").Append('[').Append(i).Append(']');
        }

        return new BotReply(text.ToString())
        {
            Sources = article.Sources,
            Article = new ArticleLink(article.Id, article.Title),
            FeedbackEntryId = entryId,
            Guidance = new GuidanceInfo(QuestionOutcome.Answered, article.Id, candidates, Round(confidence)),
        };
    }

    public static BotReply DidYouMean(IReadOnlyList<SearchHit> candidates, string? entryId, BotTexts texts)
    {
        var shown = candidates.Take(MaxSuggestions).ToList();
        var choices = shown
            .Select(hit => new ReplyChoice(hit.Article.Title, hit.Article.Title, Payload(ReplyPayload.ChooseArticle, entryId, hit.Article.Id)))
            .Append(new ReplyChoice(texts.NoneOfTheseButton, texts.NoneOfTheseButton, Payload(ReplyPayload.NoneOfThese, entryId, null)))
            .ToList();
        return new BotReply(texts.DidYouMean)
        {
            Choices = choices,
            Guidance = new GuidanceInfo(QuestionOutcome.Ambiguous, null, shown.Select(hit => hit.Article.Id).ToList(), Round(shown.FirstOrDefault()?.Confidence ?? 0)),
        };
    }

    /// <summary>No good match: say so plainly, say trainers will see the question, and offer topics.</summary>
    public static BotReply NoGuidance(IReadOnlyList<KnowledgeArticle> topics, double bestConfidence, string outcome, string message, BotTexts texts) =>
        new(topics.Count == 0 ? message : $"{message}\n\n{texts.TopicsIntro}")
        {
            Choices = topics.Take(MaxSuggestions + 1)
                .Select(article => new ReplyChoice(article.Title, article.Title, Payload(ReplyPayload.ChooseArticle, null, article.Id)))
                .ToList(),
            Guidance = new GuidanceInfo(outcome, null, [], Round(bestConfidence)),
        };

    private static Dictionary<string, string> Payload(string action, string? entryId, string? articleId)
    {
        var payload = new Dictionary<string, string> { [ReplyPayload.Action] = action };
        if (entryId is not null)
        {
            payload[ReplyPayload.EntryId] = entryId;
        }

        if (articleId is not null)
        {
            payload[ReplyPayload.ArticleId] = articleId;
        }

        return payload;
    }

    private static double Round(double confidence) => Math.Round(confidence, 3);
}
