using GuidanceBot.Conversation.Flows;
using GuidanceBot.Conversation.Urgent;

namespace GuidanceBot.Knowledge;

/// <summary>
/// What the knowledge folder holds beside articles for guided procedures: the flows of procedure articles, the
/// trainers' local contacts and the urgent-danger phrases. Loaded, validated and reloaded with the articles.
/// </summary>
public sealed record ProcedureAssets(IReadOnlyDictionary<string, FlowDefinition> Flows, LocalContacts Contacts, UrgentTriggers Urgent)
{
    public static ProcedureAssets None { get; } = new(new Dictionary<string, FlowDefinition>(), LocalContacts.Empty, UrgentTriggers.None);

    public static ProcedureAssets Load(string folder, IReadOnlyList<KnowledgeArticle> articles, IEnumerable<KeyValuePair<string, string?>> configuredContacts, List<KnowledgeProblem> problems)
    {
        var flows = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        foreach (var article in articles.Where(article => article.FlowYaml is not null))
        {
            var parsed = FlowParser.Parse(article);
            problems.AddRange(parsed.Problems);
            if (parsed.Flow is { } flow)
            {
                flows[article.Id] = flow;
            }
        }

        var contacts = LocalContacts.Load(folder, configuredContacts);
        problems.AddRange(contacts.Problems);
        var urgent = UrgentTriggers.Load(folder);
        problems.AddRange(urgent.Problems);
        if (urgent.Triggers.Phrases.Count > 0 && !articles.Any(article => article.Id == urgent.Triggers.ArticleId))
        {
            problems.Add(new(UrgentTriggers.FileName, 1, ProblemSeverity.Error,
                $"'article: {urgent.Triggers.ArticleId}' names no article, so urgent messages would get no guidance. Use the id of the urgent-danger procedure."));
        }

        return new ProcedureAssets(flows, contacts.Contacts, urgent.Triggers);
    }
}
