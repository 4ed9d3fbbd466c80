using System.Net;
using GuidanceBot.Tests.Support;
using static GuidanceBot.Tests.Knowledge.KnowledgeFixtures;

namespace GuidanceBot.Tests.Knowledge;

public sealed class ArticlePageTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _knowledge = new();

    [Fact]
    public async Task Article_page_shows_rendered_body_sources_review_date_and_related_links()
    {
        _knowledge.Write("a.md", Article("age-assessment", "Age <assessment>", ["q?"], "Treat them as a **child**.\n\n<script>alert(1)</script>",
            "related: [b]\nsources:\n  - title: Convention on the Rights of the Child\n    ref: Art. 1\n    url: https://example.org/crc"));
        _knowledge.Write("b.md", Article("b", "Other topic", ["q?"], "Body."));
        using var host = new BotHost(_folder, new Dictionary<string, string?> { ["Knowledge:Folder"] = _knowledge.Path });

        var response = await host.CreateClient().GetAsync("/kb/age-assessment");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Age &lt;assessment&gt;</h1>", html);
        Assert.Contains("<strong>child</strong>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("href=\"https://example.org/crc\"", html);
        Assert.Contains("Art. 1", html);
        Assert.Contains("Last reviewed 2026-05-01", html);
        Assert.Contains("href=\"/kb/b\"", html);
        Assert.Contains("name=\"viewport\"", html);
    }

    [Fact]
    public async Task Unknown_or_draft_article_is_a_404_page()
    {
        _knowledge.Write("d.md", Article("draft-topic", "Draft", ["q?"], "Body.", "status: draft"));
        using var host = new BotHost(_folder, new Dictionary<string, string?> { ["Knowledge:Folder"] = _knowledge.Path });

        var unknown = await host.CreateClient().GetAsync("/kb/nothing-here");
        var draft = await host.CreateClient().GetAsync("/kb/draft-topic");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Article not found", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _knowledge.Dispose();
    }
}
