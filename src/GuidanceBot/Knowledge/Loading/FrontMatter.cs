namespace GuidanceBot.Knowledge.Loading;

/// <summary>A Markdown file split into its YAML front matter (between <c>---</c> lines) and its body.</summary>
/// <param name="Yaml">Null when the file does not start with a <c>---</c> line.</param>
/// <param name="YamlFirstLine">1-based file line of the front matter's first YAML line.</param>
/// <param name="Unclosed">True when the opening <c>---</c> has no closing <c>---</c>.</param>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, bool Unclosed)
{
    public static FrontMatter Split(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return new FrontMatter(null, 0, text, Unclosed: false);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, Unclosed: false);
            }
        }

        return new FrontMatter(string.Join('\n', lines[1..]), 2, "", Unclosed: true);
    }
}
