using GuidanceBot.Evaluation;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.Evaluation;

/// <summary>
/// The CI gate of the trainers' regression questions (knowledge/tests/questions.tsv) on the shipped starter
/// knowledge base: top1 at least 0.9, wrong at most 0.03.
/// </summary>
public sealed class StarterKnowledgeRegressionTests(ITestOutputHelper output)
{
    private static readonly string[] _starterIds =
    [
        "crc-scope", "best-interests", "non-discrimination", "right-to-be-heard", "unaccompanied-separated-definitions",
        "guardianship", "age-assessment", "non-refoulement", "immigration-detention", "alternatives-to-detention",
        "family-tracing-reunification", "right-to-seek-asylum", "refugee-definition", "child-trafficking",
        "health-education-access", "birth-registration-statelessness", "confidentiality-data-protection",
        "child-friendly-interviews", "durable-solutions", "global-compact-migration", "joint-general-comments",
        "international-organisations", "ombudsman-monitoring", "referral-unaccompanied-child", "referral-asylum-request",
        "referral-suspected-trafficking", "referral-age-dispute", "referral-child-in-detention", "referral-urgent-danger",
        "referral-family-tracing", "referral-abuse-violence",
    ];

    [Fact]
    public async Task The_starter_knowledge_serves_all_31_articles_without_errors()
    {
        await using var pipeline = await EvalPipeline.StartAsync(Fixtures.StarterKnowledgeFolder);

        Assert.DoesNotContain(pipeline.Knowledge.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.All(_starterIds, id => Assert.True(pipeline.Knowledge.Articles.ContainsKey(id), $"'{id}' is not served"));
    }

    [Fact]
    public async Task The_regression_questions_meet_the_quality_gate()
    {
        var file = Path.Combine(Fixtures.StarterKnowledgeFolder, "tests", "questions.tsv");
        await using var pipeline = await EvalPipeline.StartAsync(Fixtures.StarterKnowledgeFolder);
        var (questions, problems) = EvalFile.Parse(file, await File.ReadAllTextAsync(file), pipeline.Knowledge.Articles.Keys.ToHashSet());

        var report = await pipeline.Runner.RunAsync(questions, CancellationToken.None);
        output.WriteLine(EvalCommand.Format(report));

        Assert.Empty(problems);
        Assert.True(questions.Count(q => q.ShouldBeAnswered) >= 150, "at least 150 answerable regression questions");
        Assert.True(questions.Count(q => !q.ShouldBeAnswered) >= 20, "at least 20 must-not-answer regression questions");
        Assert.True(report.Top1 >= RegressionGate.MinTop1, $"top1 {report.Top1} is below {RegressionGate.MinTop1}");
        Assert.True(report.Wrong <= RegressionGate.MaxWrong, $"wrong {report.Wrong} is above {RegressionGate.MaxWrong}");
    }
}
