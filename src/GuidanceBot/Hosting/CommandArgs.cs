namespace GuidanceBot.Hosting;

/// <summary>"--name value" and "--flag" options of a command-line verb.</summary>
public sealed class CommandArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Positional { get; private set; } = [];

    public static CommandArgs Parse(IReadOnlyList<string> args)
    {
        var parsed = new CommandArgs();
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                parsed._options[name] = hasValue ? args[++i] : null;
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        parsed.Positional = positional;
        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out var value) ? value : null;
}
