using System.Globalization;
using System.Text.Json;
using GuidanceBot.Hosting;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Evaluation;

/// <summary>
/// <c>eval --questions FILE.tsv [--knowledge DIR] [--json]</c>: runs trainers' regression questions through the bot
/// and prints top1, top3, wrong, outOfScopeRejected and the failures. Exits non-zero only for a bad file or folder.
/// </summary>
public static class EvalCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = CommandArgs.Parse(args);
        if (options.Value("questions") is not { } questionsPath)
        {
            await error.WriteLineAsync("Usage: eval --questions FILE.tsv [--knowledge DIR] [--json]");
            return 2;
        }

        if (!File.Exists(questionsPath))
        {
            await error.WriteLineAsync($"{questionsPath}: error: the file does not exist.");
            return 2;
        }

        await using var pipeline = await EvalPipeline.StartAsync(options.Value("knowledge"));
        var snapshot = pipeline.Knowledge;
        var (questions, problems) = EvalFile.Parse(questionsPath, await File.ReadAllTextAsync(questionsPath), snapshot.Articles.Keys.ToHashSet());
        var errors = problems.Concat(snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Error)).ToList();
        foreach (var problem in errors)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        if (errors.Count > 0)
        {
            return 2;
        }

        var report = await pipeline.Runner.RunAsync(questions, CancellationToken.None);
        await output.WriteLineAsync(options.Has("json") ? JsonSerializer.Serialize(report, JsonOptions) : Format(report));
        return 0;
    }

    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static string Format(EvalReport report)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"questions: {report.Questions}  top1: {report.Top1:0.000}  top3: {report.Top3:0.000}  wrong: {report.Wrong:0.000}  outOfScopeRejected: {report.OutOfScopeRejected:0.000}"),
        };
        lines.AddRange(report.Failures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"  line {f.Line} [{f.Kind}] \"{f.Question}\" expected {(f.Expected.Count == 0 ? "-" : string.Join('|', f.Expected))}, got {f.Observed.Outcome} {f.Observed.ArticleId ?? string.Join('|', f.Observed.Candidates)} ({f.Observed.Confidence:0.00})")));
        return string.Join(Environment.NewLine, lines);
    }
}
