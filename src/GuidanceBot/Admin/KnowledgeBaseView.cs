using GuidanceBot.Knowledge;

namespace GuidanceBot.Admin;

/// <summary>The live knowledge base as the review pages see it: current articles, problems and nearest matches.</summary>
public sealed class KnowledgeBaseView(KnowledgeBase knowledge) : INearestArticles, IKnowledgeCatalog
{
    public IReadOnlyList<KnowledgeArticle> Articles => knowledge.Current.Articles.Values.ToList();

    public IReadOnlyList<KnowledgeProblem> Problems => knowledge.Current.Problems;

    public IReadOnlyList<NearestArticle> Nearest(string question, int count) =>
        knowledge.Current.Search(question, max: count).Hits
            .Select(hit => new NearestArticle(hit.Article.Id, hit.Article.Title, hit.Confidence))
            .ToList();
}
