using System.Globalization;
using System.Text;
using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Conversation.Flows;

/// <summary>The end of a flow: the checklist items that apply, and a plain-text summary to copy into a case system.</summary>
internal sealed class FlowSummary(LocalContacts contacts, BotTexts texts)
{
    public (IReadOnlyList<BotReply> Replies, IReadOnlyList<string> Items, string Summary) Finish(FlowDefinition flow, FlowStep end, FlowState state, DateTimeOffset now)
    {
        var items = end.Checklist.Where(item => item.When?.Holds(state.Answers) ?? true).Select(item => contacts.Fill(item.Text)).ToList();
        var sources = end.Sources.Count > 0 ? end.Sources : flow.Sources;

        var checklist = new StringBuilder(string.Format(texts.FlowChecklistHeading, flow.Title)).Append("\n\n");
        if (end.Say is { } say)
        {
            checklist.Append(contacts.Fill(say)).Append("\n\n");
        }

        checklist.Append(items.Count > 0 ? string.Join('\n', items.Select(item => $"- {item}")) : texts.FlowNoChecklistItems);
        var summary = Summary(flow, state, items, sources, now);
        IReadOnlyList<BotReply> replies =
        [
            new BotReply(checklist.ToString()) { Sources = sources, Article = new ArticleLink(flow.Id, flow.Title) },
            new BotReply($"{texts.FlowSummaryIntro}\n\n```\n{summary}\n```"),
        ];
        return (replies, items, summary);
    }

    private string Summary(FlowDefinition flow, FlowState state, IReadOnlyList<string> items, IReadOnlyList<ArticleSource> sources, DateTimeOffset now)
    {
        var text = new StringBuilder()
            .AppendLine(string.Format(texts.FlowSummaryTitle, flow.Title))
            .AppendLine(string.Format(texts.FlowSummaryDate, now.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .AppendLine(texts.FlowSummaryAnswers);
        foreach (var stepId in state.History)
        {
            if (flow.Find(stepId) is { } step && state.AnswerDisplays.TryGetValue(stepId, out var answer))
            {
                text.AppendLine($"- {contacts.Fill(step.Ask ?? step.Id)} {answer}");
            }
        }

        text.AppendLine(texts.FlowSummaryChecklist);
        foreach (var item in items)
        {
            text.AppendLine($"[ ] {Plain(item)}");
        }

        if (sources.Count > 0)
        {
            text.AppendLine(texts.FlowSummarySources);
            foreach (var source in sources)
            {
                text.AppendLine($"- {source.Title}{(source.Ref is { } reference ? $", {reference}" : "")}");
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Markdown emphasis means nothing in a case system's text box.</summary>
    private static string Plain(string markdown) => markdown.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
}
