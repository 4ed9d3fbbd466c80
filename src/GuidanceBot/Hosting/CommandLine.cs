namespace GuidanceBot.Hosting;

/// <summary>
/// The bot's command-line verbs (validate, eval, bench, ...). Each verb lives beside its feature; this table only
/// routes to it. No verb means: run the web host.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> _verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["validate"] = Evaluation.RegressionGate.ValidateAsync,
        ["eval"] = Evaluation.EvalCommand.RunAsync,
        ["admin"] = Admin.Auth.AdminCommand.RunAsync,
        ["questions"] = Admin.Export.QuestionsCommand.RunAsync,
        ["teams-package"] = Teams.TeamsPackageCommand.RunAsync,
    };

    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || !_verbs.TryGetValue(args[0], out var run))
        {
            return null;
        }

        return await run(args[1..]);
    }
}
