using GuidanceBot.Admin.Gaps;
using GuidanceBot.Questions;

namespace GuidanceBot.Tests.Admin.Gaps;

public sealed class QuestionClustererTests
{
    [Fact]
    public void Paraphrases_end_up_together_and_different_topics_apart()
    {
        string[] detention = ["Can a child be detained at the border?", "can children be detained at the border", "is detention of kids at the border allowed?", "Can minors be held in detention at the border?"];
        string[] guardian = ["who appoints a guardian for an unaccompanied child?", "how is a guardian appointed for a child alone?", "Guardian appointment for unaccompanied minors"];
        string[] missing = ["what to do if a child goes missing from the shelter", "a kid disappeared from the shelter, what now?"];
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var entries = detention.Concat(guardian).Concat(missing)
            .Select((text, i) => new QuestionLogEntry { Id = $"{i}", Text = text, Time = start.AddMinutes(i), Outcome = QuestionOutcome.Unanswered })
            .ToList();

        var clusters = QuestionClusterer.Cluster(entries);

        Assert.Equal(3, clusters.Count);
        Assert.Equal(detention.Order(), ClusterOf(detention[0]).Order());
        Assert.Equal(guardian.Order(), ClusterOf(guardian[0]).Order());
        Assert.Equal(missing.Order(), ClusterOf(missing[0]).Order());
        Assert.Equal(start, clusters[0].FirstSeen);

        IEnumerable<string> ClusterOf(string text) => clusters.Single(cluster => cluster.Entries.Any(entry => entry.Text == text)).Entries.Select(entry => entry.Text);
    }

    [Fact]
    public void The_key_stays_the_same_when_later_questions_join()
    {
        var first = new QuestionLogEntry { Id = "1", Text = "who appoints a guardian?", Time = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var later = new QuestionLogEntry { Id = "2", Text = "who appoints the guardian", Time = new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc) };
        Assert.Equal(QuestionClusterer.Cluster([first]).Single().Key, QuestionClusterer.Cluster([first, later]).Single().Key);
    }
}
