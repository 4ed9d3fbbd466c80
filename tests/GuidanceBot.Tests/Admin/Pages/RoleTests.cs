using System.Net;
using GuidanceBot.Admin;
using GuidanceBot.Admin.Gaps;
using GuidanceBot.Questions;
using GuidanceBot.Tests.Admin.Auth;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Admin.Pages;

public sealed class RoleTests
{
    [Theory]
    [InlineData("trainer1")]
    [InlineData("coordinator1")]
    public async Task Trainers_and_coordinators_see_the_pages_and_change_a_gap_status_but_cannot_purge(string user)
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, AdminAccessTests.Settings());
        await Record(host, "can a child be detained at the border?");
        using var client = new AdminClient(host);
        await client.SignInAsync(user);

        foreach (var page in new[] { "/admin", "/admin/gaps", "/admin/articles", "/admin/health", "/admin/export" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("kept for 180 days", await response.Content.ReadAsStringAsync());
        }

        var gaps = await (await client.GetAsync("/admin/gaps")).Content.ReadAsStringAsync();
        Assert.Contains("can a child be detained at the border?", gaps);
        Assert.DoesNotContain("/admin/purge", await (await client.GetAsync("/admin")).Content.ReadAsStringAsync());
        var key = Assert.Single(host.Services.GetRequiredService<GapReport>().Rows(new QuestionFilter())).Cluster.Key;

        await client.GetAsync("/admin/gaps");
        var saved = await client.PostAsync($"/admin/gaps/{key}/status",
            new Dictionary<string, string> { ["status"] = GapStatus.Resolved, ["articleId"] = "child-detention", ["words"] = "child detain border" });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{saved.StatusCode} {string.Join(",", saved.Headers.Select(h => h.Key + "=" + string.Join("|", h.Value)))} token={client.LastToken}");
        var status = Assert.Single(host.Services.GetRequiredService<GapStatusStore>().All());
        Assert.Equal((GapStatus.Resolved, "child-detention", user), (status.Status, status.ArticleId, status.ChangedBy));
        var resolved = await (await client.GetAsync("/admin/gaps")).Content.ReadAsStringAsync();
        Assert.Contains("- \"can a child be detained at the border?\"", WebUtility.HtmlDecode(resolved));

        await client.GetAsync("/admin");
        var purge = await client.PostAsync("/admin/purge", new Dictionary<string, string> { ["from"] = "2000-01-01", ["to"] = "2100-01-01" });
        Assert.Equal(HttpStatusCode.Redirect, purge.StatusCode);
        Assert.Contains("/admin/denied", purge.Headers.Location!.OriginalString);
        Assert.Single(host.Services.GetRequiredService<LiteDbQuestionLog>().Find(QuestionFilter.All));
    }

    [Fact]
    public async Task Admin_purges_a_period()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, AdminAccessTests.Settings());
        await Record(host, "who is the guardian?");
        using var client = new AdminClient(host);
        await client.SignInAsync("admin1");

        var overview = await (await client.GetAsync("/admin")).Content.ReadAsStringAsync();
        Assert.Contains("/admin/purge", overview);
        var purge = await client.PostAsync("/admin/purge", new Dictionary<string, string> { ["from"] = "2000-01-01", ["to"] = "2100-01-01" });
        Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        Assert.Contains("Deleted 1 questions", await purge.Content.ReadAsStringAsync());
        Assert.Empty(host.Services.GetRequiredService<LiteDbQuestionLog>().Find(QuestionFilter.All));
    }

    [Fact]
    public async Task State_changing_forms_without_the_anti_forgery_token_change_nothing()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, AdminAccessTests.Settings());
        await Record(host, "who is the guardian?");
        using var client = new AdminClient(host);
        await client.SignInAsync("admin1");

        var status = await client.PostAsync("/admin/gaps/abc/status", new Dictionary<string, string> { ["status"] = GapStatus.Dismissed }, withToken: false);
        var purge = await client.PostAsync("/admin/purge", new Dictionary<string, string> { ["from"] = "2000-01-01", ["to"] = "2100-01-01" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, purge.StatusCode);
        Assert.Empty(host.Services.GetRequiredService<GapStatusStore>().All());
        Assert.Single(host.Services.GetRequiredService<LiteDbQuestionLog>().Find(QuestionFilter.All));
    }

    [Fact]
    public async Task A_bad_filter_gets_a_clear_message()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, AdminAccessTests.Settings());
        using var client = new AdminClient(host);
        await client.SignInAsync("trainer1");
        var response = await client.GetAsync("/admin/gaps?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-MM-dd", await response.Content.ReadAsStringAsync());
    }

    private static Task<string> Record(BotHost host, string text) =>
        host.Services.GetRequiredService<IQuestionLog>().RecordAsync(
            new QuestionRecord(text, QuestionOutcome.Unanswered, "webchat", "en-US", "c", "u"), CancellationToken.None);
}
