namespace GuidanceBot.Admin;

/// <summary>
/// Seam to the knowledge engine: the articles closest to a question, whatever their confidence, so a reviewer sees
/// what the bot almost answered. <see cref="KnowledgeBaseView"/> implements it on the live knowledge base; pages
/// say so plainly when none is registered.
/// </summary>
public interface INearestArticles
{
    IReadOnlyList<NearestArticle> Nearest(string question, int count);
}

public sealed record NearestArticle(string Id, string Title, double Confidence);
