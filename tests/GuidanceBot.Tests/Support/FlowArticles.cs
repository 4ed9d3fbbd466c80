using GuidanceBot.Conversation.Flows;
using GuidanceBot.Knowledge;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// Builds procedure articles with a flow from front-matter text, the way the knowledge loader hands them over: the
/// <c>flow:</c> node with lines relative to the front matter, which starts on file line 2 after the opening '---'.
/// </summary>
public static class FlowArticles
{
    public static KnowledgeArticle FromFrontMatter(string frontMatter, string file = "procedures/test.md")
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(frontMatter));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        string? Text(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;
        var sources = root.Children.TryGetValue(new YamlScalarNode("sources"), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>().Select(source => new ArticleSource(
                Value(source, "title") ?? "", Value(source, "ref"), Value(source, "url"))).ToList()
            : [];
        return new KnowledgeArticle
        {
            Id = Text("id") ?? "test-procedure",
            Title = Text("title") ?? "Test procedure",
            Type = Text("type") ?? ArticleTypes.Procedure,
            ShortAnswer = "",
            Body = "",
            File = file,
            Sources = sources,
            FlowYaml = root.Children.TryGetValue(new YamlScalarNode("flow"), out var flow) ? flow : null,
            FrontMatterLine = 2,
        };
    }

    /// <summary>Reads a Markdown file with front matter between '---' lines.</summary>
    public static KnowledgeArticle FromMarkdownFile(string path, string relativePath)
    {
        var lines = File.ReadAllLines(path);
        var end = Array.IndexOf(lines, "---", 1);
        if (lines.Length == 0 || lines[0] != "---" || end < 0)
        {
            throw new InvalidOperationException($"{relativePath} has no front matter.");
        }

        return FromFrontMatter(string.Join('\n', lines[1..end]), relativePath);
    }

    /// <summary>A flow that must parse without problems.</summary>
    public static FlowDefinition Flow(string frontMatter)
    {
        var result = FlowParser.Parse(FromFrontMatter(frontMatter));
        Assert.True(result.Flow is not null, string.Join('\n', result.Problems));
        return result.Flow;
    }

    /// <summary>The repository's knowledge folder, found upwards from the test binaries.</summary>
    public static string RepositoryKnowledgeFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GuidanceBot.sln")))
            {
                return Path.Combine(folder.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("The repository root (GuidanceBot.sln) was not found above the test binaries.");
    }

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
}
