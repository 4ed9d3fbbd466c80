using GuidanceBot.Knowledge;

namespace GuidanceBot.Admin;

/// <summary>
/// Seam to the knowledge engine: the articles currently loaded (drafts included) and the validation problems of the
/// knowledge folder (<see cref="KnowledgeBaseView"/>); the Articles and Knowledge health pages use it when present.
/// </summary>
public interface IKnowledgeCatalog
{
    IReadOnlyList<KnowledgeArticle> Articles { get; }

    IReadOnlyList<KnowledgeProblem> Problems { get; }
}
