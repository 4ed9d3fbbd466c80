using GuidanceBot.Evaluation;

namespace GuidanceBot.Tests.Evaluation;

public sealed class EvalFileTests
{
    private static readonly HashSet<string> _known = ["guardianship", "age-assessment"];

    [Fact]
    public void Questions_comments_and_out_of_scope_lines_are_read()
    {
        const string content = "# regression questions\n\nwho appoints a guardian?\tguardianship\nhow old is he really\tage-assessment|guardianship\nweather tomorrow\t-\n";

        var (questions, problems) = EvalFile.Parse("q.tsv", content, _known);

        Assert.Empty(problems);
        Assert.Equal([3, 4, 5], questions.Select(q => q.Line));
        Assert.Equal(["age-assessment", "guardianship"], questions[1].AcceptableIds);
        Assert.False(questions[2].ShouldBeAnswered);
    }

    [Fact]
    public void A_line_without_a_tab_is_an_error_with_its_line_number()
    {
        var (_, problems) = EvalFile.Parse("q.tsv", "first\tguardianship\nno tab here guardianship\n", _known);

        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("TAB", problem.Message);
    }

    [Fact]
    public void An_unknown_article_id_is_an_error()
    {
        var (questions, problems) = EvalFile.Parse("q.tsv", "question\tguardianshipp\n", _known);

        Assert.Empty(questions);
        Assert.Contains("guardianshipp", Assert.Single(problems).Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var (_, problems) = EvalFile.Parse("q.tsv", "# nothing yet\n", _known);

        Assert.Single(problems);
    }
}
