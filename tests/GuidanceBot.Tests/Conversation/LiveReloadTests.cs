using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation;

/// <summary>A trainer saves, adds or deletes a file while the bot runs; staff get the change without a restart.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _knowledge;
    private readonly BotHost _host;

    public LiveReloadTests()
    {
        _knowledge = Fixtures.CopyKnowledgeTo(_folder);
        _host = new BotHost(_folder, new Dictionary<string, string?> { ["Knowledge:Folder"] = _knowledge, ["Knowledge:ReloadDelayMilliseconds"] = "100" });
    }

    [Fact]
    public async Task An_added_file_is_answered_within_seconds()
    {
        const string question = "What are the rules for child vaccination at the border?";
        File.WriteAllText(Path.Combine(_knowledge, "vaccination.md"), """
            ---
            id: vaccination
            title: Vaccination of migrant children
            questions:
              - What are the rules for child vaccination at the border?
              - Can a migrant child be vaccinated?
            sources:
              - title: CRC
                ref: Art. 24
            ---
            Every child has the right to health care, including vaccination, whatever their migration status.
            """);

        await Eventually(async () => Assert.Equal("vaccination", Answer(await _host.Bot(Guid.NewGuid().ToString("N")).SayAsync(question))));
    }

    [Fact]
    public async Task A_changed_file_is_served_in_its_new_version()
    {
        var file = Path.Combine(_knowledge, "guardianship.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("A guardian is appointed as soon as", "UPDATED: a guardian is appointed as soon as"));

        await Eventually(async () =>
            Assert.Contains("UPDATED", (await _host.Bot(Guid.NewGuid().ToString("N")).SayAsync("Who appoints a guardian for an unaccompanied child?")).AllText()));
    }

    [Fact]
    public async Task A_deleted_file_is_no_longer_answered()
    {
        File.Delete(Path.Combine(_knowledge, "immigration-detention.md"));

        await Eventually(async () =>
            Assert.NotEqual("immigration-detention", Answer(await _host.Bot(Guid.NewGuid().ToString("N")).SayAsync("Can children be held in immigration detention?"))));
    }

    [Fact]
    public async Task A_broken_save_keeps_every_valid_article_served()
    {
        File.WriteAllText(Path.Combine(_knowledge, "guardianship.md"), "---\nid: guardianship\ntitle: [unclosed\n---\nbody");
        File.WriteAllText(Path.Combine(_knowledge, "new.md"), "---\nid: new-article\ntitle: Marker article\nquestions: [What is the marker article?]\n---\nThe marker article body.\n");

        await Eventually(async () => Assert.Equal("new-article", Answer(await _host.Bot(Guid.NewGuid().ToString("N")).SayAsync("What is the marker article?"))));
        Assert.Equal("immigration-detention", Answer(await _host.Bot(Guid.NewGuid().ToString("N")).SayAsync("Can children be held in immigration detention?")));
    }

    private static string? Answer(IReadOnlyList<System.Text.Json.Nodes.JsonObject> replies) =>
        replies.FirstOrDefault(r => r.Outcome() == "answered")?.ArticleId();

    private static async Task Eventually(Func<Task> assertion)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
