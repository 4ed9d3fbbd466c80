using GuidanceBot.Questions;
using Microsoft.Bot.Builder;
using GuidanceBot.Conversation.BotFramework;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Evaluation;

/// <summary>
/// Asks questions through the same turn pipeline a Teams message takes (adapter, activity handler, conversation,
/// knowledge), each in a new conversation, and reads back channelData.guidance from the replies.
/// </summary>
public sealed class EvalRunner(GuidanceBotAdapter adapter, IBot bot)
{
    public async Task<EvalObservation> AskAsync(string question, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            Text = question,
            ChannelId = "eval",
            ServiceUrl = "http://localhost/",
            Locale = "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Conversation = new ConversationAccount(id: $"eval-{Guid.NewGuid():N}"),
            From = new ChannelAccount("eval-user", "Evaluation", RoleTypes.User),
            Recipient = new ChannelAccount("guidancebot", "GuidanceBot", RoleTypes.Bot),
        };

        var replies = await adapter.ProcessInProcessAsync(activity, bot, cancellationToken);
        foreach (var reply in replies)
        {
            if (ReadGuidance(reply.ChannelData) is { } observed)
            {
                return observed;
            }
        }

        return new EvalObservation(QuestionOutcome.SmallTalk, null, [], 0);
    }

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var results = new List<(EvalQuestion, EvalObservation)>(questions.Count);
        foreach (var question in questions)
        {
            results.Add((question, await AskAsync(question.Text, cancellationToken)));
        }

        return EvalReport.Compute(results);
    }

    private static EvalObservation? ReadGuidance(object? channelData)
    {
        if ((channelData is JObject json ? json : channelData is null ? null : JObject.FromObject(channelData))?["guidance"] is not JObject guidance)
        {
            return null;
        }

        return new EvalObservation(
            guidance.Value<string>("outcome") ?? "",
            guidance.Value<string>("articleId"),
            guidance["candidates"]?.Values<string>().OfType<string>().ToList() ?? [],
            guidance.Value<double?>("confidence") ?? 0);
    }
}
