using GuidanceBot.Admin.Gaps;
using GuidanceBot.Questions;
using GuidanceBot.Tests.Admin.Auth;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Admin.Pages;

[Collection(BrowserCollection.Name)]
public sealed class GapsBrowserTests
{
    [Fact]
    public async Task A_coordinator_signs_in_in_Chromium_opens_the_gaps_and_marks_one_in_progress()
    {
        using var folder = new TempFolder();
        using var host = new BotHost(folder, AdminAccessTests.Settings());
        var log = host.Services.GetRequiredService<IQuestionLog>();
        foreach (var text in new[] { "can a child be detained at the border?", "is detention of kids at the border allowed?" })
        {
            await log.RecordAsync(new QuestionRecord(text, QuestionOutcome.Unanswered, "webchat", "en-US", "c", "u"), CancellationToken.None);
        }

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        // localhost rather than 127.0.0.1: Chromium keeps Secure cookies on http://localhost (a trustworthy origin).
        var baseUrl = $"http://localhost:{host.BaseAddress.Port}";
        await page.GotoAsync($"{baseUrl}/admin/gaps");
        Assert.Contains("/admin/signin", page.Url);

        await page.FillAsync("input[name=userName]", "coordinator1");
        await page.FillAsync("input[name=password]", AdminClient.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{baseUrl}/admin/gaps");

        var row = page.Locator("tr[data-cluster]");
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("detained at the border", await row.InnerTextAsync());
        await row.Locator("select[name=status]").SelectOptionAsync(GapStatus.InProgress);
        await row.Locator("button", new() { HasText = "Save" }).ClickAsync();
        await page.WaitForLoadStateAsync();

        Assert.Contains(GapStatus.InProgress, await page.Locator("tr[data-cluster] strong").InnerTextAsync());
        Assert.Contains("by coordinator1", await page.Locator("tr[data-cluster]").InnerTextAsync());
        var saved = Assert.Single(host.Services.GetRequiredService<GapStatusStore>().All());
        Assert.Equal((GapStatus.InProgress, "coordinator1"), (saved.Status, saved.ChangedBy));
    }
}
