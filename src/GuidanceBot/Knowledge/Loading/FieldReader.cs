using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Reads typed front-matter fields, reporting each wrong shape with its file line and a fix.</summary>
internal sealed class FieldReader(string file, int yamlFirstLine, YamlMappingNode root, ICollection<KnowledgeProblem> problems)
{
    public bool Has(string name) => root.Children.ContainsKey(new YamlScalarNode(name));

    public YamlNode? Node(string name) => root.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    public int LineOf(YamlNode node) => yamlFirstLine + (int)node.Start.Line - 1;

    public int LineOf(string name) =>
        root.Children.Keys.FirstOrDefault(key => key is YamlScalarNode scalar && scalar.Value == name) is { } key ? LineOf(key) : 1;

    public string? RequiredText(string name, string description)
    {
        if (!Has(name))
        {
            Error(1, $"Missing field '{name}': add '{name}:' with {description}.");
            return null;
        }

        var text = OptionalText(name);
        if (text is null)
        {
            Error(LineOf(name), $"'{name}' is empty: give {description}.");
        }

        return text;
    }

    public string? OptionalText(string name)
    {
        var node = Node(name);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(LineOf(node), $"'{name}' must be a single line of text, not a list.");
            return null;
        }

        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
    }

    public string Choice(string name, string fallback, string[] allowed)
    {
        var value = OptionalText(name);
        if (value is null)
        {
            return fallback;
        }

        if (!allowed.Contains(value))
        {
            Error(LineOf(name), $"'{name}: {value}' is not allowed. Use one of: {string.Join(", ", allowed)}.");
        }

        return value;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<string> TextList(string name)
    {
        var node = Node(name);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        items.Add(value.Trim());
                    }
                    else
                    {
                        Error(LineOf(item), $"Each entry of '{name}' must be a line of text after '- '. Remove the empty entry or put text containing ':' in quotes.");
                    }
                }

                return items;
            default:
                Error(LineOf(node), $"'{name}' must be a list, each entry on its own line starting with '  - '.");
                return [];
        }
    }

    public DateOnly? Date(string name)
    {
        var text = OptionalText(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(LineOf(name), $"'{name}: {text}' is not a date. Write it as year-month-day, such as 2026-03-31.");
        return null;
    }

    public IReadOnlyList<ArticleSource> Sources()
    {
        var node = Node("sources");
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(LineOf(node), "'sources' must be a list; start each source with '  - title:' and add 'ref:' and/or 'url:' below it.");
            return [];
        }

        var sources = new List<ArticleSource>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode source)
            {
                Error(LineOf(item), "Each source needs 'title:' and 'ref:' and/or 'url:' lines, such as '  - title: Convention on the Rights of the Child' and '    ref: Art. 37(b)'.");
                continue;
            }

            var reader = new FieldReader(file, yamlFirstLine, source, problems);
            foreach (var key in source.Children.Keys.OfType<YamlScalarNode>().Where(key => key.Value is not ("title" or "ref" or "url")))
            {
                Error(LineOf(key), $"Unknown source field '{key.Value}'. A source has 'title', 'ref' and 'url'.");
            }

            var title = reader.OptionalText("title");
            var reference = reader.OptionalText("ref");
            var url = reader.OptionalText("url");
            if (title is null)
            {
                Error(LineOf(item), "This source has no 'title': name the instrument or document, such as 'Convention on the Rights of the Child'.");
                continue;
            }

            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                Error(reader.LineOf("url"), $"'url: {url}' is not a web address. Give a full address starting with https://.");
                continue;
            }

            sources.Add(new ArticleSource(title, reference, url));
        }

        return sources;
    }

    private void Error(int line, string message) => problems.Add(new KnowledgeProblem(file, line, ProblemSeverity.Error, message));
}
