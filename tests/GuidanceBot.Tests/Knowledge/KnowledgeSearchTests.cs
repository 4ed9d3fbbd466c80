using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using static GuidanceBot.Tests.Knowledge.KnowledgeFixtures;

namespace GuidanceBot.Tests.Knowledge;

public sealed class KnowledgeSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public KnowledgeSearchTests() => WriteTopics(_folder);

    [Theory]
    [InlineData("can a kid be locked up", "immigration-detention")]
    [InlineData("a kid on his own", "unaccompanied-children")]
    [InlineData("can kids go to school", "school-access")]
    public void Synonyms_including_multi_word_ones_find_the_article(string question, string expected)
    {
        var match = Snapshot(_folder).Match(question);

        Assert.Equal(MatchKind.Answer, match.Kind);
        Assert.Equal(expected, match.Best!.Article.Id);
    }

    [Fact]
    public void Synonyms_are_needed_for_those_matches()
    {
        _folder.Write("synonyms.yml", "groups: []");

        var hits = Snapshot(_folder).Search("locked up").Hits;

        Assert.DoesNotContain(hits, hit => hit.Article.Id == "immigration-detention");
    }

    [Theory]
    [InlineData("unacompanied minr", "unaccompanied-children")]
    [InlineData("detension of childern", "immigration-detention")]
    [InlineData("intervew a chlid", "child-interviews")]
    public void Typos_are_tolerated(string question, string expected)
    {
        var match = Snapshot(_folder).Match(question);

        Assert.Equal(MatchKind.Answer, match.Kind);
        Assert.Equal(expected, match.Best!.Article.Id);
    }

    [Theory]
    [InlineData("what is the weather tomorrow")]
    [InlineData("how do I reset my password")]
    [InlineData("the")]
    [InlineData("")]
    public void Unrelated_questions_get_no_match(string question)
    {
        Assert.Equal(MatchKind.NoMatch, Snapshot(_folder).Match(question).Kind);
    }

    [Fact]
    public void Two_equally_good_articles_make_a_close_call()
    {
        _folder.Write("standards/detention-2.md", Article("detention-procedure", "What to do about immigration detention of children",
            ["Can a child be held in immigration detention?", "Is detaining migrant children allowed?"],
            "Children should never be detained for immigration reasons."));

        var match = Snapshot(_folder).Match("child in immigration detention");

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Equal(["detention-procedure", "immigration-detention"], match.Candidates.Select(hit => hit.Article.Id).Order());
    }

    [Fact]
    public void Confidence_is_between_0_and_1_and_hits_are_ordered()
    {
        var hits = Snapshot(_folder).Search("can a child go to school or be detained", max: 10).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.InRange(hit.Confidence, 0, 1));
        Assert.Equal(hits.OrderByDescending(hit => hit.Confidence).Select(hit => hit.Confidence), hits.Select(hit => hit.Confidence));
    }

    [Fact]
    public void Confidence_falls_as_less_of_the_question_is_covered()
    {
        var snapshot = Snapshot(_folder);
        double Best(string question) => snapshot.Search(question).Hits.FirstOrDefault()?.Confidence ?? 0;

        var full = Best("right to education school");
        var partly = Best("right to education school passport visa");
        var mostlyOff = Best("school passport visa embassy salary");

        Assert.True(full > partly, $"{full} > {partly}");
        Assert.True(partly > mostlyOff, $"{partly} > {mostlyOff}");
        Assert.Equal(1.0, full, 3);
    }

    [Fact]
    public void Drafts_are_hidden_unless_previewing()
    {
        _folder.Write("draft.md", Article("new-topic", "Family tracing", ["How do we trace the family?"], "Tracing body.", "status: draft"));

        var served = Snapshot(_folder);
        var preview = Snapshot(_folder, new KnowledgeOptions { IncludeDrafts = true });

        Assert.False(served.Articles.ContainsKey("new-topic"));
        Assert.DoesNotContain(served.Search("trace the family").Hits, hit => hit.Article.Id == "new-topic");
        Assert.True(preview.Articles.ContainsKey("new-topic"));
        Assert.Equal("new-topic", preview.Match("trace the family").Best!.Article.Id);
    }

    [Fact]
    public void Unknown_locale_falls_back_to_english()
    {
        Assert.Equal("school-access", Snapshot(_folder).Match("right to education", "fr-FR").Best!.Article.Id);
    }

    public void Dispose() => _folder.Dispose();
}
