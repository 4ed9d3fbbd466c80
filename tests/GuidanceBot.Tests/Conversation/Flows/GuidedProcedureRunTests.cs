using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation.Flows;

/// <summary>Full runs of the starter flows through POST /api/messages, with button and typed answers.</summary>
public sealed class GuidedProcedureRunTests : IClassFixture<GuidedProcedureRunTests.Host>
{
    private readonly StarterBot _starter;

    public GuidedProcedureRunTests(Host host) => _starter = host.Starter;

    private BotClient NewOfficer() => _starter.Bot(Guid.NewGuid().ToString("N"));

    private static JsonObject Start(string id) => new() { ["action"] = "start-flow", ["articleId"] = id };

    [Fact]
    public async Task Unaccompanied_child_flow_runs_to_its_checklist_with_buttons_and_typed_answers()
    {
        var bot = NewOfficer();
        var replies = await bot.PressAsync(Start("referral-unaccompanied-child"));
        Assert.Contains("injured, ill or at immediate risk", replies.AllText());

        replies = await bot.ClickAsync(replies, "No");
        Assert.Contains("without a parent or usual caregiver", replies.AllText());

        replies = await bot.SayAsync("yes alone");
        Assert.Contains("How old is the child", replies.AllText());

        replies = await bot.SayAsync("he says he is 16");
        Assert.Contains("fear going back", replies.AllText());

        replies = await bot.ClickAsync(replies, "Yes");
        Assert.Contains("exploitation", replies.AllText());

        replies = await bot.SayAsync("no");
        var text = replies.AllText();
        Assert.Contains("A summary to copy into your case system", text);
        Assert.Contains("16", text);
        Assert.Contains("asylum", text, StringComparison.OrdinalIgnoreCase);

        // The flow is over: the next message is a new conversation turn, not an answer to a step.
        Assert.DoesNotContain("summary", (await bot.SayAsync("thanks")).AllText());
    }

    [Fact]
    public async Task Age_dispute_flow_understands_an_age_in_words()
    {
        var bot = NewOfficer();
        await bot.PressAsync(Start("referral-age-dispute"));

        var replies = await bot.SayAsync("about fifteen");
        Assert.Contains("documents", replies.AllText());
        replies = await bot.ClickAsync(replies, "No");
        replies = await bot.ClickAsync(replies, "Yes");

        var text = replies.AllText();
        Assert.Contains("A summary to copy into your case system", text);
        Assert.Contains("15", text);
    }

    [Fact]
    public async Task Suspected_trafficking_flow_runs_to_its_checklist()
    {
        var bot = NewOfficer();
        var replies = await bot.PressAsync(Start("referral-suspected-trafficking"));

        replies = await bot.ClickAsync(replies, "Not sure");
        Assert.Contains("Follow the urgent-danger procedure", replies.AllText());
        replies = await bot.ClickAsync(replies, "Yes");
        replies = await bot.SayAsync("not sure");
        replies = await bot.ClickAsync(replies, "No");

        Assert.Contains("A summary to copy into your case system", replies.AllText());
    }

    [Fact]
    public async Task Asylum_request_flow_runs_to_its_checklist()
    {
        var bot = NewOfficer();
        var replies = await bot.PressAsync(Start("referral-asylum-request"));

        replies = await bot.ClickAsync(replies, "No");
        replies = await bot.ClickAsync(replies, "A family with children");

        Assert.Contains("A summary to copy into your case system", replies.AllText());
        Assert.Contains("A family with children", replies.AllText());
    }

    [Fact]
    public async Task An_unusable_answer_is_reprompted_then_the_choices_are_shown_again()
    {
        var bot = NewOfficer();
        await bot.PressAsync(Start("referral-age-dispute"));

        var first = await bot.SayAsync("purple");
        var second = await bot.SayAsync("purple again");

        Assert.Contains("age", first.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(second, reply => reply.ButtonTitles().Contains("They do not say"));
    }

    [Fact]
    public async Task The_welcome_offers_a_guided_referral_and_the_menu_starts_one()
    {
        var bot = NewOfficer();
        var welcome = await bot.JoinAsync();

        var menu = await bot.ClickAsync(welcome, "Start a guided referral");
        Assert.True(menu.Single().ButtonTitles().Count >= 4);

        var started = await bot.ClickAsync(menu, menu.Single().ButtonTitles().First(t => t.Contains("age", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("How old does the person say they are", started.AllText());
    }

    [Fact]
    public async Task Answering_with_a_procedure_offers_to_guide_step_by_step()
    {
        var bot = NewOfficer();
        var replies = await bot.SayAsync("what are the steps when a child has arrived alone at the border without parents?");
        Assert.Equal("referral-unaccompanied-child", replies.Single(r => r.Outcome() is not null).ArticleId());

        var started = await bot.ClickAsync(replies, "Guide me step by step");

        Assert.Contains("injured, ill or at immediate risk", started.AllText());
    }

    public sealed class Host : IDisposable
    {
        public StarterBot Starter { get; } = new();

        public void Dispose() => Starter.Dispose();
    }
}
