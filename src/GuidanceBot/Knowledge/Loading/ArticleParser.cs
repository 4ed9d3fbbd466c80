using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Turns one Markdown file into a <see cref="KnowledgeArticle"/>, or reports why it cannot (file-local checks only;
/// duplicate ids and <c>related</c> links are checked across files by <see cref="KnowledgeLoader"/>).
/// </summary>
public static partial class ArticleParser
{
    private static readonly string[] _knownFields =
        ["id", "title", "questions", "tags", "sources", "related", "lang", "status", "owner", "reviewed", "type", "flow"];

    /// <summary>The parsed article (null when the file has errors) and the file's problems.</summary>
    public static KnowledgeArticle? Parse(string relativePath, string text, ICollection<KnowledgeProblem> problems)
    {
        var errorsBefore = problems.Count(problem => problem.Severity == ProblemSeverity.Error);
        var frontMatter = FrontMatter.Split(text);
        if (frontMatter.Yaml is null)
        {
            problems.Add(Error(relativePath, 1, "The file has no front matter. Start it with a line '---', then 'id:', 'title:' and 'questions:', then another '---' line (see knowledge/README.md)."));
            return null;
        }

        if (frontMatter.Unclosed)
        {
            problems.Add(Error(relativePath, 1, "The front matter is not closed. Add a line '---' after the last field, before the article text."));
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(frontMatter.Yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                problems.Add(Error(relativePath, frontMatter.YamlFirstLine, "The front matter must be a list of 'field: value' lines, starting with 'id:', 'title:' and 'questions:'."));
                return null;
            }

            root = mapping;
        }
        catch (YamlException exception)
        {
            var line = frontMatter.YamlFirstLine + (int)exception.Start.Line - 1;
            problems.Add(Error(relativePath, line, $"The front matter is not valid YAML: {YamlReason(exception)}. Check the indentation, the colons, and put text containing ':' or '#' in quotes."));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unclosed brackets instead of a YamlException.
            problems.Add(Error(relativePath, frontMatter.YamlFirstLine, "The front matter is not valid YAML (an unclosed '[' or '{'?). Check brackets, indentation and colons, and put text containing ':' or '#' in quotes."));
            return null;
        }

        var fields = new FieldReader(relativePath, frontMatter.YamlFirstLine, root, problems);
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!_knownFields.Contains(key.Value))
            {
                var hint = _knownFields.FirstOrDefault(known => EditDistance.AtMost(known, key.Value ?? "", 2)) is { } near ? $" Did you mean '{near}'?" : "";
                problems.Add(Error(relativePath, fields.LineOf(key), $"Unknown field '{key.Value}'.{hint} Known fields: {string.Join(", ", _knownFields)}."));
            }
        }

        var id = fields.RequiredText("id", "a short name in lower case with hyphens, such as 'age-assessment'");
        if (id is not null && !KebabCase().IsMatch(id))
        {
            problems.Add(Error(relativePath, fields.LineOf("id"), $"The id '{id}' must be lower-case words joined by hyphens, such as 'age-assessment' (letters a-z, digits, hyphens)."));
        }

        var title = fields.RequiredText("title", "the article's heading, as staff should read it");
        var questions = fields.TextList("questions");
        if (questions.Count == 0 && fields.Has("questions"))
        {
            problems.Add(Error(relativePath, fields.LineOf("questions"), "'questions' needs at least one question, each on its own line starting with '  - '."));
        }
        else if (!fields.Has("questions"))
        {
            problems.Add(Error(relativePath, 1, "Missing field 'questions': add 'questions:' with at least one way staff ask this, each on its own line starting with '  - '."));
        }

        var type = fields.Choice("type", ArticleTypes.Article, [ArticleTypes.Article, ArticleTypes.Procedure]);
        var status = fields.Choice("status", ArticleStatus.Published, [ArticleStatus.Published, ArticleStatus.Draft]);
        var lang = fields.OptionalText("lang") ?? "en";
        if (!LanguageTag().IsMatch(lang))
        {
            problems.Add(Error(relativePath, fields.LineOf("lang"), $"'lang: {lang}' is not a language code. Use a code such as 'en', 'fr' or 'pt-BR'."));
        }

        var body = frontMatter.Body.Trim();
        if (body.Length == 0)
        {
            problems.Add(Error(relativePath, frontMatter.YamlFirstLine + frontMatter.Yaml.Split('\n').Length + 1,
                "The article has no text. Below the closing '---', write the short answer as the first paragraph, then the details."));
        }

        var article = new KnowledgeArticle
        {
            Id = id ?? "",
            Title = title ?? "",
            Type = type,
            Lang = lang.ToLowerInvariant(),
            Status = status,
            Questions = questions,
            Tags = fields.TextList("tags"),
            Sources = fields.Sources(),
            Related = fields.TextList("related"),
            Owner = fields.OptionalText("owner"),
            Reviewed = fields.Date("reviewed"),
            ShortAnswer = MarkdownText.FirstParagraph(body),
            Body = body,
            File = relativePath,
            FlowYaml = fields.Node("flow"),
            FrontMatterLine = frontMatter.YamlFirstLine,
            RelatedLine = fields.Has("related") ? fields.LineOf("related") : null,
            ReviewedLine = fields.Has("reviewed") ? fields.LineOf("reviewed") : null,
        };

        return problems.Count(problem => problem.Severity == ProblemSeverity.Error) > errorsBefore ? null : article;
    }

    private static string YamlReason(YamlException exception)
    {
        var message = exception.Message.Split('\n')[0];
        var dash = message.IndexOf("): ", StringComparison.Ordinal);
        return (dash >= 0 ? message[(dash + 3)..] : message).Trim().TrimEnd('.');
    }

    private static KnowledgeProblem Error(string file, int line, string message) => new(file, line, ProblemSeverity.Error, message);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
