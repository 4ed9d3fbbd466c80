using GuidanceBot.Knowledge;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Conversation.Flows;

/// <summary>Turns the YAML of a flow into its model, noting structural problems (the graph is checked later).</summary>
internal sealed class FlowYamlReader(KnowledgeArticle article)
{
    private static readonly string[] _flowKeys = ["start", "steps"];
    private static readonly string[] _stepKeys = ["id", "ask", "say", "expect", "choices", "branches", "next", "checklist", "sources"];
    private static readonly string[] _choiceKeys = ["label", "value", "goto"];
    private static readonly string[] _branchKeys = ["when", "otherwise", "goto"];
    private static readonly string[] _itemKeys = ["text", "when"];
    private static readonly string[] _sourceKeys = ["title", "ref", "url"];

    private readonly List<KnowledgeProblem> _problems = [];

    public IReadOnlyList<KnowledgeProblem> Problems => _problems;

    public int LineOf(YamlNode node) => article.FrontMatterLine + (int)node.Start.Line - 1;

    public FlowDefinition? Read()
    {
        if (article.FlowYaml is not YamlMappingNode flow)
        {
            return Fail<FlowDefinition>(article.FlowYaml!, "'flow:' must contain 'start:' and 'steps:'.");
        }

        CheckKeys(flow, _flowKeys, "flow");
        if (Child(flow, "steps") is not YamlSequenceNode { Children.Count: > 0 } stepNodes)
        {
            return Fail<FlowDefinition>(flow, "the flow has no steps: add 'steps:' with a list of steps, each starting with '- id: ...'.");
        }

        var steps = stepNodes.Children.Select(ReadStep).OfType<FlowStep>().ToList();
        if (steps.Count == 0)
        {
            return null;
        }

        var start = Child(flow, "start") is { } startNode ? Target(startNode, "start") : new FlowTarget(steps[0].Id, steps[0].Line);
        return start is null ? null : new FlowDefinition
        {
            Id = article.Id,
            Title = article.Title,
            StartStepId = start.StepId,
            StartLine = start.Line,
            Steps = steps,
            Sources = article.Sources,
        };
    }

    private FlowStep? ReadStep(YamlNode node)
    {
        if (node is not YamlMappingNode step)
        {
            return Fail<FlowStep>(node, "each step must be a list item with keys such as 'id:', 'ask:', 'choices:'.");
        }

        CheckKeys(step, _stepKeys, "a step");
        var id = Text(step, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Fail<FlowStep>(step, "this step has no 'id:'; give every step a short unique id such as 'age'.");
        }

        var (ask, say) = (Text(step, "ask"), Text(step, "say"));
        var kind = Child(step, "checklist") is not null ? FlowStepKind.Checklist
            : ask is not null ? FlowStepKind.Question
            : say is not null ? FlowStepKind.Information
            : (FlowStepKind?)null;
        if (kind is null)
        {
            return Fail<FlowStep>(step, $"step '{id}' does nothing: give it 'ask:' (a question), 'say:' (information) or 'checklist:' (the end).");
        }

        return new FlowStep
        {
            Id = id,
            Kind = kind.Value,
            Line = LineOf(step),
            Ask = ask,
            Say = say,
            Expect = ReadExpect(step, id),
            Choices = List(step, "choices").Select(ReadChoice).OfType<FlowChoice>().ToList(),
            Branches = List(step, "branches").Select(ReadBranch).OfType<FlowBranch>().ToList(),
            Next = Child(step, "next") is { } next ? Target(next, "next") : null,
            Checklist = List(step, "checklist").Select(ReadItem).OfType<ChecklistItem>().ToList(),
            Sources = List(step, "sources").Select(ReadSource).OfType<ArticleSource>().ToList(),
        };
    }

    private AnswerKind? ReadExpect(YamlMappingNode step, string id)
    {
        if (Child(step, "expect") is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && Enum.TryParse<AnswerKind>(value, ignoreCase: true, out var kind) && !int.TryParse(value, out _))
        {
            return kind;
        }

        Report(node, $"step '{id}' expects an unknown kind of answer; use one of: age, date, number, text.");
        return null;
    }

    private FlowChoice? ReadChoice(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } label })
        {
            return new FlowChoice(label, label, null, LineOf(node));
        }

        if (node is not YamlMappingNode choice || Text(choice, "label") is not { Length: > 0 } text)
        {
            return Fail<FlowChoice>(node, "each choice needs a 'label:' (the button text), for example { label: \"Yes\", goto: age }.");
        }

        CheckKeys(choice, _choiceKeys, "a choice");
        var go = Child(choice, "goto") is { } target ? Target(target, "goto") : null;
        return new FlowChoice(text, Text(choice, "value") ?? text, go, LineOf(choice));
    }

    private FlowBranch? ReadBranch(YamlNode node)
    {
        if (node is not YamlMappingNode branch)
        {
            return Fail<FlowBranch>(node, "each branch needs 'when:' (or 'otherwise: true') and 'goto:'.");
        }

        CheckKeys(branch, _branchKeys, "a branch");
        if (Child(branch, "goto") is not { } target || Target(target, "goto") is not { } go)
        {
            return Fail<FlowBranch>(branch, "this branch has no 'goto:' saying which step comes next.");
        }

        if (Child(branch, "when") is { } when)
        {
            return Condition(when) is { } condition ? new FlowBranch(condition, go, LineOf(branch)) : null;
        }

        return Text(branch, "otherwise") is "true" or "yes"
            ? new FlowBranch(null, go, LineOf(branch))
            : Fail<FlowBranch>(branch, "this branch needs 'when:' with a condition such as \"age < 18\", or 'otherwise: true'.");
    }

    private ChecklistItem? ReadItem(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } line })
        {
            return new ChecklistItem(line, null, LineOf(node));
        }

        if (node is YamlMappingNode { Children.Count: 1 } colon && colon.Children.Keys.First() is YamlScalarNode { Value: not ("text" or "when") })
        {
            return Fail<ChecklistItem>(node, "this item contains ': ' (as in [LOCAL: ...]), which YAML reads as a key; put the whole item in double quotes: - \"...\".");
        }

        if (node is not YamlMappingNode item || Text(item, "text") is not { Length: > 0 } text)
        {
            return Fail<ChecklistItem>(node, "each checklist item is a line of text, or 'text:' with an optional 'when:'.");
        }

        CheckKeys(item, _itemKeys, "a checklist item");
        FlowCondition? condition = null;
        if (Child(item, "when") is { } when && (condition = Condition(when)) is null)
        {
            return null;
        }

        return new ChecklistItem(text, condition, LineOf(item));
    }

    private ArticleSource? ReadSource(YamlNode node)
    {
        if (node is not YamlMappingNode source || Text(source, "title") is not { Length: > 0 } title)
        {
            return Fail<ArticleSource>(node, "each source needs 'title:' (and optionally 'ref:' and 'url:').");
        }

        CheckKeys(source, _sourceKeys, "a source");
        return new ArticleSource(title, Text(source, "ref"), Text(source, "url"));
    }

    private FlowCondition? Condition(YamlNode node)
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        var condition = FlowConditionParser.Parse(text, out var error);
        return condition ?? Fail<FlowCondition>(node, $"the condition \"{text}\" is not valid: {error}.");
    }

    private FlowTarget? Target(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } id }
            ? new FlowTarget(id, LineOf(node))
            : Fail<FlowTarget>(node, $"'{key}:' must name one step id.");

    private IEnumerable<YamlNode> List(YamlMappingNode parent, string key)
    {
        var node = Child(parent, key);
        if (node is null or YamlSequenceNode)
        {
            return (node as YamlSequenceNode)?.Children ?? [];
        }

        Report(node, $"'{key}:' must be a list (each item on its own line starting with '- ').");
        return [];
    }

    private static YamlNode? Child(YamlMappingNode parent, string key) =>
        parent.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Text(YamlMappingNode parent, string key) =>
        Child(parent, key) is YamlScalarNode { Value: { } value } ? value.Trim() : null;

    private void CheckKeys(YamlMappingNode node, string[] known, string what)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>().Where(key => !known.Contains(key.Value)))
        {
            Report(key, $"'{key.Value}' is not something {what} can have; use: {string.Join(", ", known)}.");
        }
    }

    private T? Fail<T>(YamlNode node, string message) where T : class
    {
        Report(node, message);
        return null;
    }

    private bool Report(YamlNode node, string message)
    {
        _problems.Add(new KnowledgeProblem(article.File, LineOf(node), ProblemSeverity.Error, message));
        return false;
    }
}
