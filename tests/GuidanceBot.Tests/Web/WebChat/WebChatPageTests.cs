using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.Web.WebChat;

/// <summary>The real page at / in headless Chromium against the real host: what a staff member sees and clicks.</summary>
public sealed class WebChatPageTests(ITestOutputHelper output) : IDisposable
{
    private const string Question = "What do I do with an unaccompanied child?";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_staff_member_is_welcomed_asks_a_question_and_gets_a_reply()
    {
        using var host = new BotHost(_folder);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(host.BaseAddress.ToString());

        var transcript = page.Locator(".webchat__basic-transcript");
        await Assertions.Expect(transcript).ToContainTextAsync("I am GuidanceBot", new() { Timeout = 30_000 });
        var example = SuggestedAction(page, Question);
        await Assertions.Expect(example).ToBeVisibleAsync();

        var box = page.GetByPlaceholder("Type your message");
        await box.FillAsync("Can children be held in immigration detention?");
        await box.PressAsync("Enter");

        // The question appears as the user's message, marked sent, and a reply from the bot follows it.
        var bubbles = page.Locator(".webchat__bubble");
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user")).ToContainTextAsync("immigration detention");
        await Assertions.Expect(bubbles).ToHaveCountAsync(3, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".webchat__activity-status--send-failed, .webchat__send-status--send-failed")).ToHaveCountAsync(0);
        // After integration (real answers): assert the sources list ([1] links), the "Open the full article" link,
        // and the Helpful button here too.

        await Screenshot(page, "webchat-desktop.png");
        Assert.Empty(pageErrors);
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
        await Assertions.Expect(page.Locator(".webchat__bubble")).ToHaveCountAsync(3, new() { Timeout = 30_000 });
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
