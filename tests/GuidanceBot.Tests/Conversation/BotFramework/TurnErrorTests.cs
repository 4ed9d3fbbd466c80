using GuidanceBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Conversation.BotFramework;

/// <summary>The adapter's safety net: a turn that throws is logged, apologised for, and its state cleared.</summary>
public sealed class TurnErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_failing_turn_apologises_clears_the_conversation_state_and_the_next_turn_works()
    {
        using var host = new BotHost(_folder, services: services => services.AddTransient<IBot, FailingOnceBot>());
        var bot = host.Bot("conversation-error");
        await bot.SayAsync("remember this");
        var storage = host.Services.GetRequiredService<IStorage>();
        var stateKey = $"webchat/conversations/conversation-error";
        Assert.NotEmpty(await storage.ReadAsync([stateKey]));

        var replies = await bot.SayAsync("boom");

        Assert.Contains("something went wrong", Assert.Single(replies).Text());
        Assert.Empty(await storage.ReadAsync([stateKey]));
        Assert.Contains("remembered", (await bot.SayAsync("hello again")).AllText());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Keeps a value in conversation state and throws on "boom", as a bug deep in a turn would.</summary>
    private sealed class FailingOnceBot(ConversationState state) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            if (turnContext.Activity.Text == "boom")
            {
                throw new InvalidOperationException("a bug");
            }

            await state.CreateProperty<string>("note").SetAsync(turnContext, "kept", cancellationToken);
            await turnContext.SendActivityAsync("remembered", cancellationToken: cancellationToken);
            await state.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
        }
    }
}
