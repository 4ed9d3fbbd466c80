namespace GuidanceBot.Knowledge;

/// <summary>
/// <c>validate [--knowledge DIR]</c>: prints every problem in the knowledge folder as <c>file:line: error: message</c>
/// and a summary; exit code 1 when there are errors, 0 when there are only warnings.
/// </summary>
public static class ValidateCommand
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, TimeProvider.System));

    public static int Run(string[] args, TextWriter output, TimeProvider time)
    {
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--knowledge" && i + 1 < args.Length)
            {
                folder = args[++i];
            }
            else
            {
                output.WriteLine($"Unknown argument '{args[i]}'. Usage: validate [--knowledge DIR]");
                return 2;
            }
        }

        var options = new KnowledgeOptions();
        var resolved = KnowledgeFolderLocator.Resolve(folder, Directory.GetCurrentDirectory());
        var result = KnowledgeLoader.Load(resolved, options, time);
        foreach (var problem in result.Problems.OrderBy(problem => problem.File, StringComparer.Ordinal).ThenBy(problem => problem.Line))
        {
            output.WriteLine(problem.ToString());
        }

        var errors = result.Problems.Count(problem => problem.Severity == ProblemSeverity.Error);
        var warnings = result.Problems.Count - errors;
        var drafts = result.Articles.Count(article => article.Status == ArticleStatus.Draft);
        output.WriteLine($"{resolved}: {result.Articles.Count} articles loaded ({drafts} drafts), {errors} errors, {warnings} warnings.");
        return errors > 0 ? 1 : 0;
    }
}
