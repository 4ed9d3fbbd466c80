using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static GuidanceBot.Tests.Knowledge.KnowledgeFixtures;

namespace GuidanceBot.Tests.Knowledge;

public sealed class KnowledgeBaseTests : IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(15);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Adding_changing_and_deleting_a_file_updates_the_answers_without_restart()
    {
        WriteTopics(_folder);
        using var knowledge = Start();
        Assert.Equal(4, knowledge.Current.Articles.Count);

        _folder.Write("standards/tracing.md", Article("family-tracing", "Family tracing", ["How do we trace a child's family?"], "Ask the tracing service."));
        await WaitUntil(knowledge, snapshot => snapshot.Match("trace the family").Best?.Article.Id == "family-tracing");

        _folder.Write("standards/tracing.md", Article("family-tracing", "Restoring family links", ["How do we trace a child's family?"], "Ask the Red Cross."));
        await WaitUntil(knowledge, snapshot => snapshot.Articles.TryGetValue("family-tracing", out var article) && article.Title == "Restoring family links");

        File.Delete(_folder.PathOf("standards/tracing.md"));
        await WaitUntil(knowledge, snapshot => !snapshot.Articles.ContainsKey("family-tracing"));
        Assert.Equal(4, knowledge.Current.Articles.Count);
    }

    [Fact]
    public async Task A_reload_with_a_broken_file_keeps_serving_the_others()
    {
        WriteTopics(_folder);
        using var knowledge = Start();

        _folder.Write("standards/education.md", "---\nid: school-access\ntitle: [broken\n---\nBody.");
        await WaitUntil(knowledge, snapshot => snapshot.Problems.Any(problem => problem.File == "standards/education.md"));

        Assert.Equal(3, knowledge.Current.Articles.Count);
        Assert.Equal("immigration-detention", knowledge.Current.Match("can a child be held in immigration detention").Best!.Article.Id);
    }

    [Fact]
    public async Task Requests_during_reloads_always_see_a_complete_snapshot()
    {
        WriteTopics(_folder);
        using var knowledge = Start();
        using var stop = new CancellationTokenSource();
        var started = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var checks = 0;
            Interlocked.Increment(ref started);
            while (!stop.IsCancellationRequested)
            {
                var snapshot = knowledge.Current;
                var hits = snapshot.Search("immigration detention child").Hits;
                Assert.All(hits, hit => Assert.True(snapshot.Articles.ContainsKey(hit.Article.Id)));
                Assert.Contains(hits, hit => hit.Article.Id == "immigration-detention");
                checks++;
            }

            return checks;
        })).ToList();

        while (Volatile.Read(ref started) < readers.Count)
        {
            await Task.Delay(10);
        }

        for (var i = 0; i < 10; i++)
        {
            _folder.Write($"extra/topic-{i}.md", Article($"topic-{i}", $"Topic {i}", [$"Question {i} about detention?"], "Body."));
            await knowledge.ReloadAsync();
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(readers), checks => Assert.True(checks > 0));
        Assert.Equal(14, knowledge.Current.Articles.Count);
    }

    private KnowledgeBase Start() => new(
        Options.Create(new KnowledgeOptions { Folder = _folder.Path, ReloadDelayMilliseconds = 100 }),
        new FixedEnvironment(_folder.Path),
        TimeProvider.System,
        NullLogger<KnowledgeBase>.Instance);

    private static async Task WaitUntil(KnowledgeBase knowledge, Func<KnowledgeSnapshot, bool> condition)
    {
        var deadline = DateTime.UtcNow + _timeout;
        while (!condition(knowledge.Current))
        {
            Assert.True(DateTime.UtcNow < deadline, "The knowledge base did not reload in time.");
            await Task.Delay(50);
        }
    }

    private sealed class FixedEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "GuidanceBot";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    public void Dispose() => _folder.Dispose();
}
