using System.Text.RegularExpressions;
using GuidanceBot.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Conversation.Flows;

public sealed record LocalContactsLoadResult(LocalContacts Contacts, IReadOnlyList<KnowledgeProblem> Problems);

/// <summary>
/// Fills <c>[LOCAL: key]</c> placeholders with the contacts trainers keep in <c>knowledge/contacts.yml</c>, or that a
/// deployment sets in configuration (<c>Contacts:key</c>, which wins). A key without a value keeps its visible
/// placeholder, so a missing contact is seen rather than guessed.
/// </summary>
public sealed partial class LocalContacts
{
    public const string FileName = "contacts.yml";

    private readonly Dictionary<string, string> _values;

    public LocalContacts(IEnumerable<KeyValuePair<string, string?>> values)
    {
        _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                _values[Key(key)] = value.Trim();
            }
        }
    }

    public static LocalContacts Empty { get; } = new([]);

    /// <summary>The keys that have a value.</summary>
    public IReadOnlyCollection<string> Keys => _values.Keys;

    /// <summary>Reads <c>contacts.yml</c> from the knowledge folder; <paramref name="configured"/> values override it.</summary>
    public static LocalContactsLoadResult Load(string knowledgeFolder, IEnumerable<KeyValuePair<string, string?>>? configured = null)
    {
        var problems = new List<KnowledgeProblem>();
        var values = new List<KeyValuePair<string, string?>>();
        var path = Path.Combine(knowledgeFolder, FileName);
        if (!File.Exists(path))
        {
            problems.Add(new KnowledgeProblem(FileName, null, ProblemSeverity.Warning,
                "there is no contacts file, so every [LOCAL: ...] placeholder stays as it is. Create contacts.yml with 'contacts:' and one 'key: \"value\"' a line."));
        }
        else
        {
            values.AddRange(ReadFile(File.ReadAllText(path), problems));
        }

        values.AddRange(configured ?? []);
        return new LocalContactsLoadResult(new LocalContacts(values), problems);
    }

    /// <summary>The text with every placeholder whose key has a value replaced by that value.</summary>
    public string Fill(string text) =>
        PlaceholderPattern().Replace(text, match => _values.TryGetValue(Key(match.Groups[1].Value), out var value) ? value : match.Value);

    private static IEnumerable<KeyValuePair<string, string?>> ReadFile(string yaml, List<KnowledgeProblem> problems)
    {
        void Problem(long line, string message) => problems.Add(new KnowledgeProblem(FileName, (int)line, ProblemSeverity.Error, message));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            Problem(exception.Start.Line, $"the file is not valid YAML: {exception.Message}");
            return [];
        }

        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("contacts"), out var contactsNode) || contactsNode is not YamlMappingNode contacts)
        {
            Problem(1, "the file must start with 'contacts:' followed by indented lines such as 'emergency number: \"112\"'.");
            return [];
        }

        var values = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in contacts.Children)
        {
            if (value is YamlScalarNode scalar && key is YamlScalarNode { Value: { Length: > 0 } name })
            {
                values.Add(new(name, scalar.Value));
            }
            else
            {
                Problem(key.Start.Line, $"'{key}' must have one value in quotes, for example \"112\" or \"\" while it is unknown.");
            }
        }

        return values;
    }

    private static string Key(string key) => string.Join(' ', key.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\[LOCAL:\s*([^\]]+?)\s*\]")]
    private static partial Regex PlaceholderPattern();
}
