using System.Text.Json.Nodes;
using GuidanceBot.Evaluation;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Evaluation;

public sealed class EvalCommandTests
{
    private static readonly string _questions = Path.Combine(Fixtures.KnowledgeFolder, "tests", "questions.tsv");

    [Fact]
    public async Task Eval_on_the_fixture_folder_reports_the_hand_computed_metrics_as_json()
    {
        var output = new StringWriter();

        var exitCode = await EvalCommand.RunAsync(["--questions", _questions, "--knowledge", Fixtures.KnowledgeFolder, "--json"], output, new StringWriter());

        Assert.Equal(0, exitCode);
        var report = JsonNode.Parse(output.ToString())!.AsObject();
        // 4 answerable questions: 3 answered with an acceptable id, 1 (mislabelled) answered with another id.
        // 2 must-not-answer questions, both not answered. wrong = 1 of 6 questions.
        Assert.Equal(6, report["questions"]!.GetValue<int>());
        Assert.Equal(0.75, report["top1"]!.GetValue<double>());
        Assert.Equal(0.75, report["top3"]!.GetValue<double>());
        Assert.Equal(0.1667, report["wrong"]!.GetValue<double>());
        Assert.Equal(1.0, report["outOfScopeRejected"]!.GetValue<double>());
        var failure = Assert.Single(report["failures"]!.AsArray());
        Assert.Equal(6, failure!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task Eval_prints_a_readable_summary_without_json()
    {
        var output = new StringWriter();

        await EvalCommand.RunAsync(["--questions", _questions, "--knowledge", Fixtures.KnowledgeFolder], output, new StringWriter());

        Assert.Contains("top1: 0.750", output.ToString());
        Assert.Contains("line 6 [wrong-article]", output.ToString());
    }

    [Fact]
    public async Task A_bad_questions_file_exits_non_zero_and_names_the_line()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.tsv", "Who appoints a guardian?\tguardianship\nno tab on this line\n");
        var errors = new StringWriter();

        var exitCode = await EvalCommand.RunAsync(["--questions", file, "--knowledge", Fixtures.KnowledgeFolder], new StringWriter(), errors);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("bad.tsv:2", errors.ToString());
    }

    [Fact]
    public async Task A_missing_questions_file_exits_non_zero()
    {
        var exitCode = await EvalCommand.RunAsync(["--questions", "/nonexistent/questions.tsv"], new StringWriter(), new StringWriter());

        Assert.NotEqual(0, exitCode);
    }
}
