using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Trainer-edited groups of words and phrases that search treats as the same word (<c>synonyms.yml</c>:
/// <c>groups: [[minor, child, kid], ...]</c>).
/// </summary>
public sealed record SynonymGroups(IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public const string FileName = "synonyms.yml";

    public static SynonymGroups None { get; } = new([]);

    /// <summary>Reads the file if there is one; problems are reported, and a broken file means no synonyms.</summary>
    public static SynonymGroups Load(string folder, ICollection<KnowledgeProblem> problems)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return None;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            if (stream.Documents.Count == 0)
            {
                return None;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("groups"), out var groupsNode)
                || groupsNode is not YamlSequenceNode groups)
            {
                problems.Add(new(FileName, 1, ProblemSeverity.Error,
                    "synonyms.yml must start with 'groups:' followed by one list per line, such as '  - [minor, child, kid]'. Synonyms are off until this is fixed."));
                return None;
            }

            var result = new List<IReadOnlyList<string>>();
            foreach (var group in groups)
            {
                var words = group is YamlSequenceNode sequence
                    ? sequence.OfType<YamlScalarNode>().Select(word => word.Value?.Trim() ?? "").Where(word => word.Length > 0).ToList()
                    : [];
                if (words.Count < 2)
                {
                    problems.Add(new(FileName, (int)group.Start.Line, ProblemSeverity.Warning,
                        "This synonym group needs at least two words in square brackets, such as [minor, child]; it is ignored."));
                    continue;
                }

                result.Add(words);
            }

            return new SynonymGroups(result);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed brackets instead of a YamlException.
            problems.Add(new(FileName, 1, ProblemSeverity.Error, "synonyms.yml is not valid YAML (an unclosed '['?). Check brackets and commas; synonyms are off until this is fixed."));
            return None;
        }
        catch (YamlException exception)
        {
            problems.Add(new(FileName, (int)exception.Start.Line, ProblemSeverity.Error,
                $"synonyms.yml is not valid YAML ({FirstLine(exception.Message)}). Check brackets, commas and indentation; synonyms are off until this is fixed."));
            return None;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
