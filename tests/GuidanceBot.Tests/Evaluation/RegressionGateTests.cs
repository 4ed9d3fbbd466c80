using GuidanceBot.Evaluation;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Evaluation;

public sealed class RegressionGateTests
{
    [Fact]
    public async Task Validate_runs_the_regression_questions_and_fails_below_the_gate()
    {
        // The fixture's questions give top1 0.75 and wrong 0.1667 (see EvalCommandTests): below the gate.
        var output = new StringWriter();

        var exitCode = await RegressionGate.ValidateAsync(["--knowledge", Fixtures.KnowledgeFolder], output);

        Assert.Equal(1, exitCode);
        Assert.Contains("top1: 0.750", output.ToString());
        Assert.Contains("Regression gate FAILED", output.ToString());
    }

    [Fact]
    public async Task Validate_passes_a_folder_without_regression_questions()
    {
        using var folder = new TempFolder();
        var knowledge = Fixtures.CopyKnowledgeTo(folder);
        File.Delete(Path.Combine(knowledge, "tests", "questions.tsv"));
        var output = new StringWriter();

        var exitCode = await RegressionGate.ValidateAsync(["--knowledge", knowledge], output);

        Assert.Equal(0, exitCode);
        Assert.Contains("No regression questions", output.ToString());
    }

    [Theory]
    [InlineData(0.9, 0.03, true)]
    [InlineData(0.89, 0.0, false)]
    [InlineData(1.0, 0.031, false)]
    public void The_gate_holds_top1_and_wrong_to_the_agreed_thresholds(double top1, double wrong, bool passes) =>
        Assert.Equal(passes, RegressionGate.Passes(new EvalReport(100, top1, top1, wrong, 1, [])));
}
