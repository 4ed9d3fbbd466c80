using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Conversation;

/// <summary>Understands a typed reply to a "Did you mean" list: a candidate's title, its number, or "none of these".</summary>
public static class PendingReply
{
    /// <summary>The button payload the typed text stands for, or null when it is a new question.</summary>
    public static Dictionary<string, string>? Resolve(string text, PendingChoice pending, KnowledgeSnapshot snapshot, BotTexts texts)
    {
        var typed = SmallTalk.Normalize(text);
        var payload = new Dictionary<string, string>();
        if (pending.EntryId is not null)
        {
            payload[ReplyPayload.EntryId] = pending.EntryId;
        }

        if (texts.NoneOfThesePhrases.Contains(typed, StringComparer.OrdinalIgnoreCase) || typed == SmallTalk.Normalize(texts.NoneOfTheseButton))
        {
            payload[ReplyPayload.Action] = ReplyPayload.NoneOfThese;
            return payload;
        }

        for (var i = 0; i < pending.ArticleIds.Count; i++)
        {
            var id = pending.ArticleIds[i];
            var titleMatches = snapshot.Articles.TryGetValue(id, out var article) && typed == SmallTalk.Normalize(article.Title);
            if (titleMatches || typed == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                payload[ReplyPayload.Action] = ReplyPayload.ChooseArticle;
                payload[ReplyPayload.ArticleId] = id;
                return payload;
            }
        }

        return null;
    }
}
