using GuidanceBot.Knowledge;

namespace GuidanceBot.Evaluation;

/// <summary>
/// Reads the trainers' regression file: one question per line, a TAB, then the acceptable article ids separated
/// by "|", or "-" when the knowledge base must not answer it. "#" starts a comment line.
/// </summary>
public static class EvalFile
{
    public static (IReadOnlyList<EvalQuestion> Questions, IReadOnlyList<KnowledgeProblem> Problems) Parse(string path, string content, ISet<string>? knownIds)
    {
        var questions = new List<EvalQuestion>();
        var problems = new List<KnowledgeProblem>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab < 0)
            {
                problems.Add(Error(path, number, "no TAB between the question and the expected article ids. Put a TAB, then the ids separated by | (or - when the bot must not answer)."));
                continue;
            }

            var text = line[..tab].Trim();
            var expected = line[(tab + 1)..].Trim();
            if (text.Length == 0 || expected.Length == 0)
            {
                problems.Add(Error(path, number, "the question or the expected ids are empty."));
                continue;
            }

            var ids = expected == "-" ? [] : expected.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = knownIds is null ? [] : ids.Where(id => !knownIds.Contains(id)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(Error(path, number, $"no article has the id {string.Join(", ", unknown.Select(id => $"'{id}'"))}. Check the spelling, or update the line if the article was renamed."));
                continue;
            }

            questions.Add(new EvalQuestion(number, text, ids));
        }

        if (questions.Count == 0 && problems.Count == 0)
        {
            problems.Add(Error(path, null, "the file has no questions."));
        }

        return (questions, problems);
    }

    private static KnowledgeProblem Error(string path, int? line, string message) => new(path, line, ProblemSeverity.Error, message);
}
