using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using static GuidanceBot.Tests.Knowledge.KnowledgeFixtures;

namespace GuidanceBot.Tests.Knowledge.Search;

/// <summary>Close calls on the shared test fixture folder (family tracing vs. reunification), and how far typo guesses are trusted.</summary>
public sealed class CloseCallTests
{
    private static readonly KnowledgeSnapshot _fixture = FixtureSnapshot();

    [Theory]
    [InlineData("family")]
    [InlineData("the child's family")]
    public void A_question_that_fits_two_articles_equally_asks_which_one(string question)
    {
        var match = _fixture.Match(question);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Contains(match.Candidates, hit => hit.Article.Id == "family-tracing");
        Assert.Contains(match.Candidates, hit => hit.Article.Id == "family-reunification");
    }

    [Theory]
    [InlineData("How do we trace the family of a separated child?", "family-tracing")]
    [InlineData("How is a separated child reunited with the family?", "family-reunification")]
    public void A_question_that_restates_one_articles_phrasing_is_answered(string question, string expected)
    {
        var match = _fixture.Match(question);

        Assert.Equal(MatchKind.Answer, match.Kind);
        Assert.Equal(expected, match.Best!.Article.Id);
    }

    [Fact]
    public void Stop_words_are_not_corrected_into_topic_words()
    {
        // "with" is one edit from "wit" (the stem of "witness"); correcting it made "with" look like a topic word.
        using var folder = new TempFolder();
        folder.Write("a.md", Article("witness", "Witness statements", ["Can a witness be heard?"], "A witness may be heard."));

        var hits = Snapshot(folder).Search("travelling with family").Hits;

        Assert.Empty(hits);
    }

    [Fact]
    public void An_everyday_word_one_or_two_edits_from_an_article_word_is_not_answered_from_it()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Article("drinking-water", "Drinking water in reception", ["Is there drinking water for children?"], "Water must be available."));

        var match = Snapshot(folder).Match("what is the weather tomorrow");

        Assert.NotEqual(MatchKind.Answer, match.Kind);
    }

    [Fact]
    public void One_slip_in_a_long_word_still_counts_fully()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Article("detention", "Immigration detention", ["Can a child be held in detention?"], "Detention is a last resort."));

        var hit = Assert.Single(Snapshot(folder).Search("detension").Hits);

        Assert.Equal(1.0, hit.Confidence, 3);
    }

    private static KnowledgeSnapshot FixtureSnapshot()
    {
        var options = new KnowledgeOptions();
        return new KnowledgeSnapshot(KnowledgeLoader.Load(Fixtures.KnowledgeFolder, options, Time()), options, Time().GetUtcNow());
    }
}
