using GuidanceBot.Questions;
using GuidanceBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Admin.Export;

/// <summary>
/// <c>questions export [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--outcome X] [--format csv|json]</c>: writes the
/// questions to standard output, reading the same database file (and settings) as the running bot.
/// </summary>
public static class QuestionsCommand
{
    private const string Usage = "Usage: questions export [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--outcome X] [--format csv|json]";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory()));

    /// <param name="baseDirectory">Where the bot runs: its appsettings.json and relative database path are read from there.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, string baseDirectory)
    {
        if (args.Length == 0 || args[0] != "export" || !TryOptions(args[1..], out var options))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var format = options.GetValueOrDefault("format", QuestionExport.CsvFormat);
        if (!QuestionExport.IsFormat(format))
        {
            error.WriteLine($"'{format}' is not an export format; use csv or json.");
            return 2;
        }

        if (!ReviewFilter.TryParse(options.GetValueOrDefault("from"), options.GetValueOrDefault("to"), options.GetValueOrDefault("outcome"),
                null, null, TimeProvider.System, out var filter, out var problem))
        {
            error.WriteLine(problem);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(baseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var path = LiteDatabaseProvider.ResolvePath(storage.Path, baseDirectory);
        if (!File.Exists(path))
        {
            error.WriteLine($"No database at {path}; run this from the folder the bot runs in, or set Storage__Path.");
            return 1;
        }

        using var database = new LiteDatabaseProvider(path, NullLogger<LiteDatabaseProvider>.Instance);
        var logOptions = Options.Create(configuration.GetSection(QuestionLogOptions.Section).Get<QuestionLogOptions>() ?? new QuestionLogOptions());
        var log = new LiteDbQuestionLog(database, new QuestionKeyHasher(logOptions, database), TimeProvider.System);
        output.Write(QuestionExport.Questions(log.Find(filter.ToQuestionFilter()), format));
        return 0;
    }

    private static bool TryOptions(string[] args, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length || args[i][2..] is not ("from" or "to" or "outcome" or "format"))
            {
                return false;
            }

            options[args[i][2..]] = args[i + 1];
        }

        return true;
    }
}
