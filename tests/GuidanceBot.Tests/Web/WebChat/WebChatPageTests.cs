using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.Web.WebChat;

/// <summary>The real page at / in headless Chromium against the real host: what a staff member sees and clicks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(ITestOutputHelper output) : IDisposable
{
    private const string Question = "What do I do with an unaccompanied child?";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_staff_member_gets_a_sourced_answer_uses_did_you_mean_and_gives_feedback()
    {
        using var host = new BotHost(_folder);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(host.BaseAddress.ToString());

        // The welcome, with example questions as buttons.
        var transcript = page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("I am GuidanceBot", new() { Timeout = 30_000 });
        await Assertions.Expect(SuggestedAction(page, Question)).ToBeVisibleAsync();

        // A typed question gets the short answer, its sources and a link to the full article.
        await SendAsync(page, "Who appoints a guardian for an unaccompanied child?");
        await Assertions.Expect(transcript).ToContainTextAsync("A guardian is appointed as soon as", new() { Timeout = 30_000 });
        await Assertions.Expect(transcript).ToContainTextAsync("General Comment No. 6");
        await Assertions.Expect(page.Locator("a[href$='/kb/guardianship']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".webchat__activity-status--send-failed, .webchat__send-status--send-failed")).ToHaveCountAsync(0);

        // One click on Helpful is recorded against that answer in the question log.
        await page.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).Last.ClickAsync();
        var entry = await host.EntryAsync(e => e["Text"].AsString.Contains("appoints a guardian") && !e["Feedback"].IsNull);
        Assert.Equal("helpful", entry["Feedback"].AsString);

        // A close call offers "Did you mean"; a choice answers it.
        await SendAsync(page, "the child's family");
        await Assertions.Expect(transcript).ToContainTextAsync("Did you mean", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tracing the family of a separated child" }).Last.ClickAsync();
        await Assertions.Expect(transcript).ToContainTextAsync("Family tracing starts as soon as possible", new() { Timeout = 30_000 });

        await Screenshot(page, "webchat-desktop.png");
        Assert.Empty(pageErrors);
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.GetByPlaceholder("Type your message");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync(text, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task A_suggested_question_button_sends_that_question()
    {
        using var host = new BotHost(_folder);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844); // a phone

        await page.GotoAsync(host.BaseAddress.ToString());
        var example = SuggestedAction(page, Question);
        await example.ClickAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.Locator(".webchat__bubble--from-user")).ToContainTextAsync(Question);
        // The bot answers it from the fixture knowledge (its guardianship article).
        await Assertions.Expect(page.Locator(".webchat__basic-transcript")).ToContainTextAsync("A guardian is appointed", new() { Timeout = 30_000 });
        // The page fits a phone: nothing wider than the screen, and the send box is on screen.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.True(await page.GetByPlaceholder("Type your message").IsVisibleAsync());

        await Screenshot(page, "webchat-phone.png");
    }

    private static ILocator SuggestedAction(IPage page, string title) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = title });

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        output.WriteLine($"Screenshot: {path}");
        Console.WriteLine($"Screenshot: {path}");
    }

    public void Dispose() => _folder.Dispose();
}
