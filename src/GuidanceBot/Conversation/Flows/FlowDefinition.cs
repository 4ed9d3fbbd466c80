using GuidanceBot.Knowledge;

namespace GuidanceBot.Conversation.Flows;

/// <summary>A guided procedure parsed from a procedure article's <c>flow:</c> front matter.</summary>
public sealed record FlowDefinition
{
    /// <summary>The procedure article's id; also the flow's id.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string StartStepId { get; init; }

    /// <summary>Line of <c>start:</c> (or of the first step when there is none), for problems.</summary>
    public int StartLine { get; init; }

    /// <summary>The steps in file order.</summary>
    public required IReadOnlyList<FlowStep> Steps { get; init; }

    /// <summary>The article's sources, shown at the end when the final step names none of its own.</summary>
    public IReadOnlyList<ArticleSource> Sources { get; init; } = [];

    public FlowStep? Find(string? stepId) => Steps.FirstOrDefault(step => step.Id == stepId);
}

public enum FlowStepKind
{
    /// <summary>Asks something: choices, a typed answer, or both.</summary>
    Question,

    /// <summary>Says something and continues by itself.</summary>
    Information,

    /// <summary>The end: the checklist that applies.</summary>
    Checklist,
}

public sealed record FlowStep
{
    public required string Id { get; init; }
    public required FlowStepKind Kind { get; init; }

    /// <summary>1-based line in the article file, for problems.</summary>
    public int Line { get; init; }

    /// <summary>The question (question steps).</summary>
    public string? Ask { get; init; }

    /// <summary>Text shown by an information step, or before a checklist.</summary>
    public string? Say { get; init; }

    /// <summary>The typed answer a question accepts besides its choices; null when it only has choices.</summary>
    public AnswerKind? Expect { get; init; }

    public IReadOnlyList<FlowChoice> Choices { get; init; } = [];
    public IReadOnlyList<FlowBranch> Branches { get; init; } = [];

    /// <summary>Where to go when no choice or branch says otherwise.</summary>
    public FlowTarget? Next { get; init; }

    public IReadOnlyList<ChecklistItem> Checklist { get; init; } = [];

    /// <summary>Sources of the final step; empty means the article's own.</summary>
    public IReadOnlyList<ArticleSource> Sources { get; init; } = [];
}

/// <summary>A step id that something points to, with the line it was written on.</summary>
public sealed record FlowTarget(string StepId, int Line);

/// <summary>A button. <see cref="Value"/> is what conditions compare against (the label unless a value is given).</summary>
public sealed record FlowChoice(string Label, string Value, FlowTarget? Goto, int Line);

/// <summary>A conditional jump; <see cref="When"/> is null for the <c>otherwise</c> branch.</summary>
public sealed record FlowBranch(FlowCondition? When, FlowTarget Goto, int Line);

/// <summary>A checklist line, shown when <see cref="When"/> is null or holds.</summary>
public sealed record ChecklistItem(string Text, FlowCondition? When, int Line);

/// <summary>The typed answers a question can expect.</summary>
public enum AnswerKind
{
    Age,
    Date,
    Number,
    Text,
}
