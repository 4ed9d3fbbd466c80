using GuidanceBot.Knowledge;
using GuidanceBot.Questions;

namespace GuidanceBot.Admin.Gaps;

/// <summary>One row of the Gaps page: a cluster of unanswered questions and what reviewers decided about it.</summary>
public sealed record GapRow(QuestionCluster Cluster, GapStatus? Decision, IReadOnlyList<NearestArticle>? Nearest)
{
    public string Status => Decision?.Status ?? GapStatus.New;
}

/// <summary>Builds the Gaps page's rows: the questions the bot could not serve well, grouped and annotated.</summary>
public sealed class GapReport(LiteDbQuestionLog log, GapStatusStore statuses, KnowledgeBase knowledge, IServiceProvider services)
{
    /// <summary>The outcomes that make a question a gap (not-helpful answers are added by their feedback).</summary>
    public static readonly string[] GapOutcomes = [QuestionOutcome.Unanswered, QuestionOutcome.NoneOfThese, QuestionOutcome.AbandonedFlow];

    public const string NotHelpful = "not-helpful";

    public static readonly string[] Filters = [.. GapOutcomes, NotHelpful];

    public IReadOnlyList<GapRow> Rows(QuestionFilter filter, string? status = null)
    {
        var wanted = filter.Outcomes.Count == 0 ? Filters : filter.Outcomes;
        var entries = log.Find(filter with { Outcomes = [] }).Where(entry =>
            (wanted.Contains(entry.Outcome) && GapOutcomes.Contains(entry.Outcome)) ||
            (wanted.Contains(NotHelpful) && entry.Feedback == QuestionFeedback.NotHelpful));
        var nearest = services.GetService<INearestArticles>();
        var decisions = statuses.All();
        var snapshot = knowledge.Current;
        return QuestionClusterer.Cluster(entries, text => snapshot.Terms(text))
            .Select(cluster => new GapRow(cluster, GapStatusStore.For(cluster, decisions), nearest?.Nearest(cluster.Examples[0], 3)))
            .Where(row => status is null || row.Status == status)
            .ToList();
    }

    public QuestionCluster? Find(string key, QuestionFilter filter) =>
        Rows(filter).Select(row => row.Cluster).FirstOrDefault(cluster => cluster.Key == key);
}
