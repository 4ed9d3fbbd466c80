using GuidanceBot.Conversation.Urgent;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation.Urgent;

public sealed class UrgentTriggersTests
{
    // A sample in the style of knowledge/urgent.yml; the real file is the trainers' to curate.
    private const string Sample = """
        # Trainers: a message containing any of these phrases gets the urgent-danger guidance first.
        article: referral-urgent-danger
        phrases:
          - bleeding
          - not breathing
          - can't breathe
          - unconscious
          - having a seizure
          - self-harming
          - wants to kill himself
          - child is missing
          - missing from the shelter
          - sexually abused
          - kidnapped
          - is being beaten
          - has a knife
          - in danger right now
        """;

    private static UrgentTriggers Triggers => UrgentTriggers.Parse(Sample).Triggers;

    [Theory]
    [InlineData("The boy is bleeding from his head")]
    [InlineData("BLEEDING!!")]
    [InlineData("she bleeds a lot, what do I do")]
    [InlineData("child not breathing")]
    [InlineData("He can't breathe")]
    [InlineData("he cant breathe")]
    [InlineData("the girl is unconscious at the checkpoint")]
    [InlineData("a boy started having a seizure in the waiting room")]
    [InlineData("I think she is self-harming")]
    [InlineData("he self-harmed last night")]
    [InlineData("the child is missing since this morning")]
    [InlineData("a 14-year-old went missing from the shelter")]
    [InlineData("he says he was sexually abused by the driver")]
    [InlineData("the man has a knife")]
    [InlineData("the child is in danger right now")]
    public void Messages_about_immediate_danger_are_urgent(string message)
    {
        Assert.True(Triggers.IsUrgent(message), message);
    }

    [Theory]
    [InlineData("What does the law say about trafficking definitions?")]
    [InlineData("How do I recognise signs of sexual abuse?")]
    [InlineData("What is the procedure for family tracing?")]
    [InlineData("Can children be held in immigration detention?")]
    [InlineData("What is the missing persons database?")]
    [InlineData("The child is not bleeding any more, what next?")]
    [InlineData("He is breathing normally now")]
    [InlineData("is there a knife policy in shelters")]
    [InlineData("unconsciousness training schedule")]
    [InlineData("How should we deal with self-harm in shelters?")]
    public void Questions_about_topics_are_not_urgent(string message)
    {
        Assert.False(Triggers.IsUrgent(message), message);
    }

    [Fact]
    public void The_matching_phrase_is_reported_for_the_question_log()
    {
        Assert.Equal("missing from the shelter", Triggers.Match("girl missing from the shelter!"));
        Assert.Equal("referral-urgent-danger", Triggers.ArticleId);
    }

    [Fact]
    public void Problems_in_the_file_have_their_line()
    {
        var result = UrgentTriggers.Parse("""
            article: referral-urgent-danger
            phrases:
              - bleeding
              - { not: a phrase }
              - bleeding
              - cut
            """);

        Assert.Contains(result.Problems, problem => problem is { Line: 4, Severity: ProblemSeverity.Error });
        Assert.Contains(result.Problems, problem => problem is { Line: 5, Severity: ProblemSeverity.Warning } && problem.Message.Contains("twice"));
        Assert.Contains(result.Problems, problem => problem is { Line: 6, Severity: ProblemSeverity.Warning } && problem.Message.Contains("short"));
        Assert.True(result.Triggers.IsUrgent("it is bleeding"));
    }

    [Fact]
    public void A_file_without_an_article_is_an_error_and_nothing_fires()
    {
        var result = UrgentTriggers.Parse("phrases:\n  - bleeding\n");

        Assert.Contains(result.Problems, problem => problem.Severity == ProblemSeverity.Error && problem.Message.Contains("article"));
        Assert.False(result.Triggers.IsUrgent("bleeding"));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var result = UrgentTriggers.Parse("article: referral-urgent-danger\nphrases:\n  - bleeding\n  - [unclosed\n");

        Assert.Contains(result.Problems, problem => problem.Severity == ProblemSeverity.Error && problem.Message.Contains("not valid YAML"));
    }

    [Fact]
    public void Triggers_load_from_the_knowledge_folder()
    {
        using var folder = new TempFolder();
        folder.Write(UrgentTriggers.FileName, Sample);

        var result = UrgentTriggers.Load(folder.Path);

        Assert.Empty(result.Problems);
        Assert.True(result.Triggers.IsUrgent("he is not breathing"));
    }

    [Fact]
    public void A_missing_file_is_reported_and_nothing_fires()
    {
        using var folder = new TempFolder();

        var result = UrgentTriggers.Load(folder.Path);

        Assert.Single(result.Problems);
        Assert.False(result.Triggers.IsUrgent("bleeding"));
    }
}
