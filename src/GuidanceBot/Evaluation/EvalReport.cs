using GuidanceBot.Questions;

namespace GuidanceBot.Evaluation;

/// <summary>
/// The regression metrics ("answered" includes urgent replies, which serve the urgent-danger article).
/// top1: share of answerable questions answered with an acceptable id. top3: share of
/// answerable questions with an acceptable id in the answer or in the "Did you mean" choices. wrong: share of ALL
/// questions answered with an id that is not acceptable. outOfScopeRejected: share of must-not-answer questions
/// that were not answered.
/// </summary>
public sealed record EvalReport(int Questions, double Top1, double Top3, double Wrong, double OutOfScopeRejected, IReadOnlyList<EvalFailure> Failures)
{
    public static EvalReport Compute(IReadOnlyList<(EvalQuestion Question, EvalObservation Observed)> results)
    {
        var answerable = results.Where(r => r.Question.ShouldBeAnswered).ToList();
        var outOfScope = results.Where(r => !r.Question.ShouldBeAnswered).ToList();
        var failures = new List<EvalFailure>();
        int top1 = 0, top3 = 0, wrong = 0, rejected = 0;

        foreach (var (question, observed) in results)
        {
            // An urgent reply serves the urgent-danger article as surely as an answer does.
            var answered = observed.Outcome is QuestionOutcome.Answered or QuestionOutcome.Urgent && observed.ArticleId is not null;
            var acceptableAnswer = answered && observed.ArticleId is { } id && question.AcceptableIds.Contains(id);
            if (question.ShouldBeAnswered)
            {
                top1 += acceptableAnswer ? 1 : 0;
                var offered = observed.Outcome == QuestionOutcome.Ambiguous && observed.Candidates.Take(3).Any(question.AcceptableIds.Contains);
                top3 += acceptableAnswer || offered ? 1 : 0;
            }
            else
            {
                rejected += answered ? 0 : 1;
            }

            if (answered && !acceptableAnswer)
            {
                wrong++;
                failures.Add(new EvalFailure(question.Line, question.Text, question.AcceptableIds, observed, question.ShouldBeAnswered ? "wrong-article" : "answered-out-of-scope"));
            }
            else if (question.ShouldBeAnswered && !acceptableAnswer)
            {
                failures.Add(new EvalFailure(question.Line, question.Text, question.AcceptableIds, observed, "not-answered"));
            }
        }

        return new EvalReport(
            results.Count,
            Share(top1, answerable.Count),
            Share(top3, answerable.Count),
            Share(wrong, results.Count),
            Share(rejected, outOfScope.Count),
            failures);
    }

    private static double Share(int count, int total) => total == 0 ? 1 : Math.Round((double)count / total, 4);
}

public sealed record EvalFailure(int Line, string Question, IReadOnlyList<string> Expected, EvalObservation Observed, string Kind);
