using GuidanceBot.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Conversation.Urgent;

public sealed record UrgentTriggersLoadResult(UrgentTriggers Triggers, IReadOnlyList<KnowledgeProblem> Problems);

/// <summary>
/// The phrases, curated by trainers in <c>knowledge/urgent.yml</c>, that mean a child may be in immediate danger:
/// a message containing one gets the urgent-danger article before anything else, even in the middle of a flow.
/// </summary>
public sealed class UrgentTriggers
{
    public const string FileName = "urgent.yml";

    private readonly IReadOnlyList<UrgentPhrase> _phrases;

    public UrgentTriggers(string articleId, IEnumerable<string> phrases)
    {
        ArticleId = articleId;
        _phrases = phrases.Select(phrase => new UrgentPhrase(phrase)).Where(phrase => phrase.Words.Length > 0).ToList();
    }

    /// <summary>No triggers: nothing is urgent (when the file is missing or broken).</summary>
    public static UrgentTriggers None { get; } = new("", []);

    /// <summary>The article shown first for an urgent message.</summary>
    public string ArticleId { get; }

    public IReadOnlyList<string> Phrases => _phrases.Select(phrase => phrase.Text).ToList();

    public bool IsUrgent(string text) => Match(text) is not null;

    /// <summary>The trainer's phrase the text contains (for the question log), or null.</summary>
    public string? Match(string text)
    {
        var words = UrgentPhrase.Normalize(text);
        return words.Length == 0 ? null : _phrases.FirstOrDefault(phrase => phrase.IsIn(words))?.Text;
    }

    public static UrgentTriggersLoadResult Load(string knowledgeFolder)
    {
        var path = Path.Combine(knowledgeFolder, FileName);
        return File.Exists(path)
            ? Parse(File.ReadAllText(path))
            : new UrgentTriggersLoadResult(None, [new KnowledgeProblem(FileName, null, ProblemSeverity.Warning,
                "there is no urgent.yml, so no message gets the urgent-danger guidance first. Create it with 'article:' and 'phrases:'.")]);
    }

    public static UrgentTriggersLoadResult Parse(string yaml)
    {
        var problems = new List<KnowledgeProblem>();
        void Problem(long line, ProblemSeverity severity, string message) => problems.Add(new KnowledgeProblem(FileName, (int)line, severity, message));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            Problem(exception.Start.Line, ProblemSeverity.Error, $"the file is not valid YAML: {exception.Message}");
            return new UrgentTriggersLoadResult(None, problems);
        }

        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
        {
            Problem(1, ProblemSeverity.Error, "the file must have 'article:' (the urgent-danger article's id) and 'phrases:' (a list).");
            return new UrgentTriggersLoadResult(None, problems);
        }

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(key => key.Value is not ("article" or "phrases")))
        {
            Problem(key.Start.Line, ProblemSeverity.Warning, $"'{key.Value}' is not used; the file has only 'article:' and 'phrases:'.");
        }

        var article = root.Children.TryGetValue(new YamlScalarNode("article"), out var articleNode) ? (articleNode as YamlScalarNode)?.Value : null;
        if (string.IsNullOrWhiteSpace(article))
        {
            Problem(root.Start.Line, ProblemSeverity.Error, "'article:' is missing: name the urgent-danger article, for example 'article: referral-urgent-danger'.");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("phrases"), out var phrasesNode) || phrasesNode is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            Problem(root.Start.Line, ProblemSeverity.Error, "'phrases:' is missing or empty: list the phrases, one a line starting with '- '.");
            return new UrgentTriggersLoadResult(None, problems);
        }

        var phrases = new List<string>();
        var seen = new HashSet<string>();
        foreach (var node in list.Children)
        {
            var phrase = (node as YamlScalarNode)?.Value?.Trim();
            var words = UrgentPhrase.Normalize(phrase ?? "");
            if (words.Length == 0)
            {
                Problem(node.Start.Line, ProblemSeverity.Error, "each phrase must be a line of words, such as '- not breathing'.");
            }
            else if (!seen.Add(string.Join(' ', words)))
            {
                Problem(node.Start.Line, ProblemSeverity.Warning, $"\"{phrase}\" is listed twice.");
            }
            else
            {
                if (words is [{ Length: < 4 }])
                {
                    Problem(node.Start.Line, ProblemSeverity.Warning, $"\"{phrase}\" is a very short word and may fire on ordinary questions.");
                }

                phrases.Add(phrase!);
            }
        }

        var triggers = string.IsNullOrWhiteSpace(article) ? None : new UrgentTriggers(article.Trim(), phrases);
        return new UrgentTriggersLoadResult(triggers, problems);
    }
}
