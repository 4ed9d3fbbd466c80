using GuidanceBot.Knowledge;

namespace GuidanceBot.Conversation.Flows;

public sealed record FlowParseResult(FlowDefinition? Flow, IReadOnlyList<KnowledgeProblem> Problems);

/// <summary>
/// Reads a procedure's <c>flow:</c> front matter into a <see cref="FlowDefinition"/> and checks it. A flow with any
/// error is not returned, so that staff never walk through a broken procedure; its problems say what to fix.
/// </summary>
public static class FlowParser
{
    public static FlowParseResult Parse(KnowledgeArticle article)
    {
        if (article.FlowYaml is null)
        {
            return new FlowParseResult(null, []);
        }

        var reader = new FlowYamlReader(article);
        var flow = reader.Read();
        var problems = reader.Problems.ToList();
        if (article.Type != ArticleTypes.Procedure)
        {
            problems.Add(new KnowledgeProblem(article.File, reader.LineOf(article.FlowYaml), ProblemSeverity.Error,
                $"only procedures can have a flow: add 'type: {ArticleTypes.Procedure}' or remove the flow."));
        }

        if (flow is not null)
        {
            problems.AddRange(FlowValidator.Validate(flow, article.File));
        }

        var ordered = problems.OrderBy(problem => problem.Line ?? 0).ToList();
        return new FlowParseResult(ordered.Any(problem => problem.Severity == ProblemSeverity.Error) ? null : flow, ordered);
    }
}
