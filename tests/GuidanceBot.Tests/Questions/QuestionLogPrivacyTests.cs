using System.Text;
using GuidanceBot.Questions;
using GuidanceBot.Tests.Questions.Redaction;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Questions;

public sealed class QuestionLogPrivacyTests
{
    [Fact]
    public async Task No_personal_data_from_the_redaction_corpus_reaches_the_database_file()
    {
        using var folder = new TempFolder();
        using (var fixture = new QuestionLogFixture(folder: folder))
        {
            var index = 0;
            foreach (var item in RedactionCorpus.Cases)
            {
                await fixture.RecordAsync(item.Input, conversationId: $"raw-conversation-{index}", userId: $"raw-user-{index++}");
            }

            // Through the API first: every stored text is the redacted one.
            Assert.Equal(RedactionCorpus.Cases.Select(item => item.Expected).Order(),
                fixture.Log.Find(QuestionFilter.All).Select(entry => entry.Text).Order());
        }

        // Then the raw file, as an attacker with the disk would read it (LiteDB stores strings as UTF-8).
        var raw = Encoding.UTF8.GetString(File.ReadAllBytes(folder.PathOf("guidancebot.db")));
        Assert.Contains("[NAME]", raw);
        foreach (var secret in RedactionCorpus.Cases.SelectMany(item => item.Secrets))
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("raw-conversation", raw);
        Assert.DoesNotContain("raw-user", raw);
    }
}
