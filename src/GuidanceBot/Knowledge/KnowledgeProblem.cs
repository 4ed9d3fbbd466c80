namespace GuidanceBot.Knowledge;

/// <summary>A problem found in the knowledge folder, worded for a trainer: where, what, and what to do.</summary>
/// <param name="File">Path relative to the knowledge folder.</param>
/// <param name="Line">1-based line, when it can be known.</param>
public sealed record KnowledgeProblem(string File, int? Line, ProblemSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is { } line ? $":{line}" : "")}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}

public enum ProblemSeverity
{
    Warning,
    Error,
}
