using GuidanceBot.Hosting;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Evaluation;

/// <summary>
/// The trainers' regression questions as a gate: <c>validate</c> runs <c>tests/questions.tsv</c> of the knowledge
/// folder when it is there and fails when top1 drops below <see cref="MinTop1"/> or wrong rises above
/// <see cref="MaxWrong"/> (the same thresholds CI applies to the starter knowledge).
/// </summary>
public static class RegressionGate
{
    public const double MinTop1 = 0.9;
    public const double MaxWrong = 0.03;

    public static string QuestionsFile(string knowledgeFolder) => Path.Combine(knowledgeFolder, "tests", "questions.tsv");

    public static bool Passes(EvalReport report) => report.Top1 >= MinTop1 && report.Wrong <= MaxWrong;

    /// <summary><c>validate [--knowledge DIR]</c>: the folder's problems, then its regression questions if any.</summary>
    public static Task<int> ValidateAsync(string[] args) => ValidateAsync(args, Console.Out);

    public static async Task<int> ValidateAsync(string[] args, TextWriter output)
    {
        var exitCode = ValidateCommand.Run(args, output, TimeProvider.System);
        if (exitCode != 0)
        {
            return exitCode;
        }

        var folder = KnowledgeFolderLocator.Resolve(CommandArgs.Parse(args).Value("knowledge"), Directory.GetCurrentDirectory());
        var file = QuestionsFile(folder);
        if (!File.Exists(file))
        {
            output.WriteLine($"No regression questions ({Path.GetRelativePath(folder, file)}); add some for every gap you close.");
            return 0;
        }

        var evalOutput = new StringWriter();
        var evalErrors = new StringWriter();
        var evalExit = await EvalCommand.RunAsync(["--questions", file, "--knowledge", folder, "--json"], evalOutput, evalErrors);
        if (evalExit != 0)
        {
            await output.WriteAsync(evalErrors.ToString());
            return 1;
        }

        var report = System.Text.Json.JsonSerializer.Deserialize<EvalReport>(evalOutput.ToString(), EvalCommand.JsonOptions)!;
        output.WriteLine($"Regression questions ({Path.GetRelativePath(folder, file)}):");
        output.WriteLine(EvalCommand.Format(report));
        var passes = Passes(report);
        output.WriteLine(passes
            ? $"Regression gate passed (top1 >= {MinTop1}, wrong <= {MaxWrong})."
            : $"Regression gate FAILED: top1 must be at least {MinTop1} and wrong at most {MaxWrong}. Fix the articles' questions or synonyms, or the expected ids.");
        return passes ? 0 : 1;
    }
}
