using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace GuidanceBot.Tests.Conversation.BotFramework;

/// <summary>The SDK assemblies referenced through build/BotFrameworkSdk.targets load and run on net10.0.</summary>
public sealed class SdkReferencesTests
{
    [Fact]
    public async Task A_TestFlow_turn_runs_through_the_Bot_Framework_adapter()
    {
        var adapter = new TestAdapter();
        await new TestFlow(adapter, async (turn, cancellationToken) =>
                await turn.SendActivityAsync($"echo: {turn.Activity.Text}", cancellationToken: cancellationToken))
            .Send("hello")
            .AssertReply("echo: hello")
            .StartTestAsync();
    }

    [Fact]
    public void The_age_recognizer_reads_an_age_from_words()
    {
        var results = NumberWithUnitRecognizer.RecognizeAge("he says he is fifteen years old", Culture.English);

        var age = Assert.Single(results);
        Assert.Equal("15", age.Resolution["value"]?.ToString());
    }
}
