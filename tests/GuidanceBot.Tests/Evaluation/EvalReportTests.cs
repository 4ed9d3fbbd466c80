using GuidanceBot.Evaluation;

namespace GuidanceBot.Tests.Evaluation;

public sealed class EvalReportTests
{
    private static EvalQuestion Q(int line, params string[] ids) => new(line, $"question {line}", ids);

    private static EvalObservation Answered(string id) => new("answered", id, [id], 0.9);

    private static EvalObservation Ambiguous(params string[] ids) => new("ambiguous", null, ids, 0.5);

    private static EvalObservation Unanswered() => new("unanswered", null, [], 0.1);

    [Fact]
    public void Metrics_match_hand_computed_values()
    {
        // 6 answerable: 3 right answers, 1 wrong answer, 1 ambiguous offering the right id, 1 unanswered.
        // 4 out of scope: 2 rejected, 1 answered (wrong), 1 urgent (an answer with the urgent article: wrong too).
        var results = new List<(EvalQuestion, EvalObservation)>
        {
            (Q(1, "a"), Answered("a")),
            (Q(2, "a", "b"), Answered("b")),
            (Q(3, "c"), Answered("c")),
            (Q(4, "c"), Answered("a")),
            (Q(5, "b"), Ambiguous("c", "b")),
            (Q(6, "b"), Unanswered()),
            (Q(7), Unanswered()),
            (Q(8), Ambiguous("a", "b")),
            (Q(9), new EvalObservation("urgent", "u", [], 1)),
            (Q(10), Answered("a")),
        };

        var report = EvalReport.Compute(results);

        Assert.Equal(10, report.Questions);
        Assert.Equal(0.5, report.Top1);                  // 3 / 6
        Assert.Equal(0.6667, report.Top3);               // (3 + 1) / 6
        Assert.Equal(0.3, report.Wrong);                 // (lines 4, 9, 10) / 10
        Assert.Equal(0.5, report.OutOfScopeRejected);    // 2 / 4
        Assert.Equal([4, 5, 6, 9, 10], report.Failures.Select(f => f.Line));
        Assert.Equal("wrong-article", report.Failures[0].Kind);
        Assert.Equal("answered-out-of-scope", report.Failures[4].Kind);
    }

    [Fact]
    public void An_urgent_reply_counts_as_answering_with_the_urgent_article()
    {
        var urgent = new EvalObservation("urgent", "referral-urgent-danger", [], 1);

        var report = EvalReport.Compute([(Q(1, "referral-urgent-danger"), urgent), (Q(2), urgent)]);

        Assert.Equal(1, report.Top1);
        Assert.Equal(0.5, report.Wrong); // an urgent reply to a must-not-answer question is an answer all the same
    }

    [Fact]
    public void A_right_id_in_the_fourth_suggestion_does_not_count_for_top3()
    {
        var report = EvalReport.Compute([(Q(1, "d"), Ambiguous("a", "b", "c", "d"))]);

        Assert.Equal(0, report.Top3);
    }
}
