using GuidanceBot.Knowledge;

namespace GuidanceBot.Conversation.Flows;

/// <summary>
/// Checks that a flow can be walked: every step id exists, every step is reachable, every answer leads somewhere,
/// no loop traps the user, and conditions only compare answers that can exist.
/// </summary>
public static class FlowValidator
{
    public static IReadOnlyList<KnowledgeProblem> Validate(FlowDefinition flow, string file)
    {
        var problems = new List<KnowledgeProblem>();
        void Error(int line, string message) => problems.Add(new KnowledgeProblem(file, line, ProblemSeverity.Error, message));

        var byId = new Dictionary<string, FlowStep>();
        foreach (var step in flow.Steps)
        {
            if (!byId.TryAdd(step.Id, step))
            {
                Error(step.Line, $"two steps have the id '{step.Id}' (the first is on line {byId[step.Id].Line}); give each step its own id.");
            }
        }

        CheckTarget(new FlowTarget(flow.StartStepId, flow.StartLine), byId, Error);
        foreach (var step in flow.Steps)
        {
            foreach (var target in Targets(step))
            {
                CheckTarget(target, byId, Error);
            }

            CheckWayForward(step, Error);
            foreach (var (condition, line) in Conditions(step))
            {
                foreach (var comparison in condition.Comparisons)
                {
                    CheckComparison(comparison, line, byId, Error);
                }
            }
        }

        CheckGraph(flow, byId, Error);
        return problems;
    }

    private static void CheckTarget(FlowTarget target, Dictionary<string, FlowStep> byId, Action<int, string> error)
    {
        if (!byId.ContainsKey(target.StepId))
        {
            error(target.Line, $"there is no step with the id '{target.StepId}'; the step ids are: {string.Join(", ", byId.Keys)}.");
        }
    }

    private static void CheckWayForward(FlowStep step, Action<int, string> error)
    {
        var fallback = step.Next is not null || step.Branches.Any(branch => branch.When is null);
        switch (step.Kind)
        {
            case FlowStepKind.Question when step.Choices.Count == 0 && step.Expect is null:
                error(step.Line, $"question step '{step.Id}' gives no way to answer: add 'choices:' or 'expect:' (age, date, number or text).");
                break;
            case FlowStepKind.Question:
                foreach (var choice in step.Choices.Where(choice => choice.Goto is null && !fallback && step.Branches.Count == 0))
                {
                    error(choice.Line, $"the choice \"{choice.Label}\" in step '{step.Id}' does not say where to go: add 'goto:' with a step id.");
                }

                if (!fallback && (step.Expect is not null || (step.Branches.Count > 0 && step.Choices.Any(choice => choice.Goto is null))))
                {
                    error(step.Line, $"step '{step.Id}' has no way forward when no branch matches: add a branch '{{ otherwise: true, goto: ... }}' or 'next:'.");
                }

                break;
            case FlowStepKind.Information when step.Next is null:
                error(step.Line, $"information step '{step.Id}' needs 'next:' with the step that follows it.");
                break;
            case FlowStepKind.Information when step.Choices.Count > 0 || step.Branches.Count > 0:
            case FlowStepKind.Checklist when step.Choices.Count > 0 || step.Branches.Count > 0 || step.Next is not null:
                error(step.Line, $"step '{step.Id}' mixes kinds: a question has 'ask:', information has 'say:' and 'next:', and the end has 'checklist:' only.");
                break;
            case FlowStepKind.Checklist when step.Checklist.Count == 0:
                error(step.Line, $"the checklist of step '{step.Id}' is empty: add at least one item.");
                break;
        }
    }

    private static void CheckComparison(FlowCondition.Comparison comparison, int line, Dictionary<string, FlowStep> byId, Action<int, string> error)
    {
        if (!byId.TryGetValue(comparison.StepId, out var step) || step.Kind != FlowStepKind.Question)
        {
            error(line, $"the condition uses '{comparison.StepId}', which is not the id of a question step; conditions compare the answers to earlier questions.");
            return;
        }

        if (comparison.IsOrdering)
        {
            var literalFits = step.Expect switch
            {
                AnswerKind.Age or AnswerKind.Number => FlowCondition.TryNumber(comparison.Literal, out _),
                AnswerKind.Date => FlowCondition.TryDate(comparison.Literal, out _),
                _ => false,
            };
            if (!literalFits)
            {
                error(line, step.Expect is AnswerKind.Age or AnswerKind.Number or AnswerKind.Date
                    ? $"'{comparison.Literal}' cannot be compared with the answer to '{step.Id}'; use {(step.Expect == AnswerKind.Date ? "a date written as 2024-03-12" : "a number")}."
                    : $"'{comparison.Operator}' only works on ages, numbers and dates, and step '{step.Id}' does not expect one; use '==' or '!='.");
            }

            return;
        }

        var values = step.Choices.Select(choice => AnswerText.Normalize(choice.Value)).ToList();
        if (step.Expect is null && !values.Contains(AnswerText.Normalize(comparison.Literal)))
        {
            error(line, $"step '{step.Id}' has no choice with the value '{comparison.Literal}'; its values are: "
                + $"{string.Join(", ", step.Choices.Select(choice => $"\"{choice.Value}\""))}. Give the choice 'value: {comparison.Literal}' or fix the condition.");
        }
    }

    private static void CheckGraph(FlowDefinition flow, Dictionary<string, FlowStep> byId, Action<int, string> error)
    {
        var reachable = Walk([flow.StartStepId], id => byId.TryGetValue(id, out var step) ? Targets(step).Select(t => t.StepId) : []);
        foreach (var step in flow.Steps.Where(step => !reachable.Contains(step.Id)).DistinctBy(step => step.Id))
        {
            error(step.Line, $"step '{step.Id}' can never be reached: no 'start:', 'goto:' or 'next:' leads to it.");
        }

        var ends = flow.Steps.Where(step => step.Kind == FlowStepKind.Checklist).Select(step => step.Id).ToList();
        if (ends.Count == 0)
        {
            error(flow.StartLine, "the flow has no end: add a step with 'checklist:' for the user to finish on.");
            return;
        }

        var leadsTo = flow.Steps.SelectMany(step => Targets(step).Select(target => (From: step.Id, To: target.StepId))).ToLookup(edge => edge.To, edge => edge.From);
        var canFinish = Walk(ends, id => leadsTo[id]);
        var trapped = flow.Steps.Where(step => reachable.Contains(step.Id) && !canFinish.Contains(step.Id) && byId.ContainsKey(step.Id)).ToList();
        if (trapped.Count > 0)
        {
            error(trapped[0].Line, $"the steps {string.Join(", ", trapped.Select(step => $"'{step.Id}'"))} go round in a loop that never reaches a checklist: "
                + "give one of them a 'goto:' or 'next:' towards a checklist step.");
        }
    }

    private static HashSet<string> Walk(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>(from);
        while (queue.TryDequeue(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var following in next(id))
                {
                    queue.Enqueue(following);
                }
            }
        }

        return seen;
    }

    internal static IEnumerable<FlowTarget> Targets(FlowStep step) =>
        step.Choices.Select(choice => choice.Goto).Concat(step.Branches.Select(branch => branch.Goto)).Append(step.Next).OfType<FlowTarget>();

    private static IEnumerable<(FlowCondition Condition, int Line)> Conditions(FlowStep step) =>
        step.Branches.Where(branch => branch.When is not null).Select(branch => (branch.When!, branch.Line))
            .Concat(step.Checklist.Where(item => item.When is not null).Select(item => (item.When!, item.Line)));
}
