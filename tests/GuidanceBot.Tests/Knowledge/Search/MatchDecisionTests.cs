using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Search;

namespace GuidanceBot.Tests.Knowledge.Search;

/// <summary>The decision rules of docs/search.md on hand-made hits, so each rule is pinned independently of ranking.</summary>
public sealed class MatchDecisionTests
{
    private static readonly KnowledgeOptions _options = new();

    private static SearchHit Hit(string id, double confidence, double phrasing) =>
        new(new KnowledgeArticle { Id = id, Title = id, Questions = [], Tags = [], ShortAnswer = "", Body = "", File = id + ".md" }, confidence) { Phrasing = phrasing };

    [Fact]
    public void A_confident_best_hit_without_rivals_is_answered()
    {
        var match = MatchDecision.Decide([Hit("a", 0.9, 0.8), Hit("b", 0.8, 0.5)], _options);

        Assert.Equal(MatchKind.Answer, match.Kind);
        Assert.Equal("a", match.Best!.Article.Id);
    }

    [Fact]
    public void A_runner_up_whose_phrasing_fits_about_as_well_makes_a_close_call_even_at_full_confidence()
    {
        var match = MatchDecision.Decide([Hit("a", 1.0, 0.40), Hit("b", 0.8, 0.38), Hit("c", 0.1, 0.39)], _options);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Equal(["a", "b"], match.Candidates.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void A_runner_up_far_behind_in_confidence_is_no_rival_however_its_phrasing_fits()
    {
        var match = MatchDecision.Decide([Hit("a", 1.0, 0.5), Hit("b", 0.5, 0.9)], _options);

        Assert.Equal(MatchKind.Answer, match.Kind);
    }

    [Fact]
    public void A_moderate_best_fit_is_offered_as_a_single_choice_instead_of_answered()
    {
        var match = MatchDecision.Decide([Hit("a", 0.2, 0.3), Hit("b", 0.05, 0.1)], _options);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Equal("a", Assert.Single(match.Candidates).Article.Id);
    }

    [Fact]
    public void A_weak_best_fit_is_no_match()
    {
        Assert.Equal(MatchKind.NoMatch, MatchDecision.Decide([Hit("a", 0.1, 0.3)], _options).Kind);
    }

    [Fact]
    public void Choices_stop_at_three()
    {
        var match = MatchDecision.Decide([Hit("a", 0.9, 0.5), Hit("b", 0.9, 0.5), Hit("c", 0.9, 0.5), Hit("d", 0.9, 0.5)], _options);

        Assert.Equal(3, match.Candidates.Count);
    }

    [Fact]
    public void A_close_rival_linked_by_related_is_offered_beside_the_answer_not_asked_about()
    {
        var linkedStandard = new SearchHit(Hit("age-assessment", 0.8, 0.6).Article with { Related = ["referral-age-dispute"] }, 0.8) { Phrasing = 0.6 };
        var procedure = Hit("referral-age-dispute", 0.78, 0.6);

        var match = MatchDecision.Decide([linkedStandard, procedure], _options);

        Assert.Equal(MatchKind.Answer, match.Kind);
        Assert.Equal("age-assessment", match.Best!.Article.Id);
        Assert.Equal(["referral-age-dispute"], match.SeeAlso.Select(article => article.Id));
    }

    [Fact]
    public void A_close_rival_that_is_not_linked_still_makes_a_did_you_mean()
    {
        var match = MatchDecision.Decide([Hit("age-assessment", 0.8, 0.6), Hit("guardianship", 0.78, 0.6)], _options);

        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        Assert.Empty(match.SeeAlso);
    }
}
