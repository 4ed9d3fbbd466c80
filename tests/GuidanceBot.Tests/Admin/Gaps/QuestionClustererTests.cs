using GuidanceBot.Admin.Gaps;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Admin.Gaps;

public sealed class QuestionClustererTests : IDisposable
{
    private static readonly DateTime _start = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder _folder = new();

    [Fact]
    public void Paraphrases_end_up_together_and_different_topics_apart()
    {
        var snapshot = Snapshot("""
            groups:
              - [child, kid, minor]
              - [detention, detained, held, locked up]
              - [missing, disappeared, ran away]
            """);
        string[] detention = ["Can a child be detained at the border?", "can children be detained at the border", "is detention of kids at the border allowed?", "Can minors be held in detention at the border?"];
        string[] guardian = ["who appoints a guardian for an unaccompanied child?", "how is a guardian appointed for an unaccompanied child?", "Guardian appointment for unaccompanied minors"];
        string[] missing = ["what to do if a child goes missing from the shelter", "a kid disappeared from the shelter, what now?"];

        var clusters = QuestionClusterer.Cluster(Entries([.. detention, .. guardian, .. missing]), text => snapshot.Terms(text));

        Assert.Equal(3, clusters.Count);
        Assert.Equal(detention.Order(), ClusterOf(clusters, detention[0]).Order());
        Assert.Equal(guardian.Order(), ClusterOf(clusters, guardian[0]).Order());
        Assert.Equal(missing.Order(), ClusterOf(clusters, missing[0]).Order());
        Assert.Equal(_start, clusters[0].FirstSeen);
    }

    [Fact]
    public void A_synonym_trainers_add_groups_the_log_as_it_helps_search()
    {
        string[] questions = ["a kid disappeared from the shelter", "a minor ran away from the shelter"];

        var without = QuestionClusterer.Cluster(Entries(questions), text => Snapshot("groups: []").Terms(text));
        var with = QuestionClusterer.Cluster(Entries(questions), text => Snapshot("groups:\n  - [kid, minor]\n  - [disappeared, ran away]").Terms(text));

        Assert.Equal(2, without.Count);
        Assert.Single(with);
    }

    [Fact]
    public void The_key_stays_the_same_when_later_questions_join()
    {
        var snapshot = Snapshot("groups: []");
        var first = new QuestionLogEntry { Id = "1", Text = "who appoints a guardian?", Time = _start };
        var later = new QuestionLogEntry { Id = "2", Text = "who appoints the guardian", Time = _start.AddDays(1) };

        Assert.Equal(
            QuestionClusterer.Cluster([first], text => snapshot.Terms(text)).Single().Key,
            QuestionClusterer.Cluster([first, later], text => snapshot.Terms(text)).Single().Key);
    }

    /// <summary>A one-article knowledge folder with the given synonyms.yml, as search would read it.</summary>
    private KnowledgeSnapshot Snapshot(string synonyms)
    {
        var folder = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "synonyms.yml"), synonyms);
        File.WriteAllText(Path.Combine(folder, "shelter.md"), "---\nid: shelter\ntitle: Shelter\nquestions: [What is a shelter?]\n---\nA shelter is a place to stay.\n");
        var load = KnowledgeLoader.Load(folder, new KnowledgeOptions(), TimeProvider.System);
        return new KnowledgeSnapshot(load, new KnowledgeOptions(), DateTimeOffset.UnixEpoch);
    }

    private static List<QuestionLogEntry> Entries(IEnumerable<string> texts) => texts
        .Select((text, i) => new QuestionLogEntry { Id = $"{i}", Text = text, Time = _start.AddMinutes(i), Outcome = QuestionOutcome.Unanswered })
        .ToList();

    private static IEnumerable<string> ClusterOf(IReadOnlyList<QuestionCluster> clusters, string text) =>
        clusters.Single(cluster => cluster.Entries.Any(entry => entry.Text == text)).Entries.Select(entry => entry.Text);

    public void Dispose() => _folder.Dispose();
}
