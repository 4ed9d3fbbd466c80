using System.Diagnostics;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;

// Generates synthetic articles in memory (no files: this measures indexing and search, not the disk) and reports
// search latency per size, full index build time, and memory. Stopwatch-based; the numbers go in the issue note.
var random = new Random(42);
var words = Enumerable.Range(0, 5000).Select(i => Word(random, i)).ToArray();
var synonyms = new SynonymGroups([["minor", "child", "kid"], ["unaccompanied", "on his own", "alone"], ["detention", "locked up"]]);
var options = new KnowledgeOptions();

foreach (var size in new[] { 100, 1_000, 10_000 })
{
    var articles = Enumerable.Range(0, size).Select(i => Article(i, random, words)).ToList();
    var load = new KnowledgeLoadResult("bench", articles, synonyms, []);

    GC.Collect();
    GC.WaitForPendingFinalizers();
    var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
    var build = Stopwatch.StartNew();
    var snapshot = new KnowledgeSnapshot(load, options, DateTimeOffset.UnixEpoch);
    build.Stop();
    var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);

    var queries = Enumerable.Range(0, 2_000).Select(i => Query(random, words, articles)).ToList();
    foreach (var query in queries.Take(200))
    {
        snapshot.Match(query);
    }

    var timings = new List<double>(queries.Count);
    foreach (var query in queries)
    {
        var watch = Stopwatch.StartNew();
        snapshot.Match(query);
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }

    timings.Sort();
    Console.WriteLine($"{size,6} articles: build {build.Elapsed.TotalMilliseconds,8:F0} ms | search p50 {Percentile(timings, 0.50):F3} ms, p99 {Percentile(timings, 0.99):F3} ms | " +
        $"snapshot {(memoryAfter - memoryBefore) / 1024.0 / 1024.0:F1} MB managed, process working set {Environment.WorkingSet / 1024.0 / 1024.0:F0} MB");
    GC.KeepAlive(snapshot);
}

static double Percentile(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];

static string Word(Random random, int i)
{
    const string letters = "abcdefghijklmnopqrstuvwxyz";
    var length = 4 + random.Next(7);
    return new string(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]).ToArray()) + (i % 10);
}

static string Sentence(Random random, string[] words, int count) =>
    string.Join(' ', Enumerable.Range(0, count).Select(_ => words[(int)Math.Pow(random.NextDouble(), 2) * words.Length]));

static KnowledgeArticle Article(int i, Random random, string[] words)
{
    var body = string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Sentence(random, words, 40) + " child detention."));
    return new KnowledgeArticle
    {
        Id = $"article-{i}",
        Title = Sentence(random, words, 5),
        Questions = [.. Enumerable.Range(0, 5).Select(_ => Sentence(random, words, 9) + "?")],
        Tags = [.. Enumerable.Range(0, 4).Select(_ => words[random.Next(words.Length)])],
        ShortAnswer = body.Split("\n\n")[0],
        Body = body,
        File = $"article-{i}.md",
    };
}

/// <summary>Mostly paraphrased article questions, with a typo now and then, plus some unrelated ones.</summary>
static string Query(Random random, string[] words, List<KnowledgeArticle> articles)
{
    if (random.Next(5) == 0)
    {
        return "what is the weather " + Sentence(random, words, 3);
    }

    var question = articles[random.Next(articles.Count)].Questions[0].Split(' ');
    var picked = question.OrderBy(_ => random.Next()).Take(5).ToArray();
    if (random.Next(3) == 0)
    {
        picked[0] = picked[0].Length > 5 ? picked[0].Remove(2, 1) : picked[0];
    }

    return "what about a kid " + string.Join(' ', picked);
}
