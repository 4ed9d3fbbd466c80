using GuidanceBot.Questions.Redaction;

namespace GuidanceBot.Tests.Questions.Redaction;

public sealed class RedactorTests
{
    [Fact]
    public void Corpus_has_at_least_forty_cases_with_both_positives_and_false_positives()
    {
        Assert.True(RedactionCorpus.Cases.Length >= 40);
        Assert.True(RedactionCorpus.Cases.Count(item => item.Secrets.Length > 0) >= 25);
        Assert.True(RedactionCorpus.Cases.Count(item => item.Input == item.Expected) >= 10);
    }

    [Theory]
    [MemberData(nameof(RedactionCorpus.All), MemberType = typeof(RedactionCorpus))]
    public void Personal_data_is_replaced_and_references_are_kept(RedactionCorpus.RedactionCase item)
    {
        Assert.Equal(item.Expected, Redactor.Redact(item.Input));
    }

    [Fact]
    public void Empty_text_stays_empty() => Assert.Equal("", Redactor.Redact(""));
}
