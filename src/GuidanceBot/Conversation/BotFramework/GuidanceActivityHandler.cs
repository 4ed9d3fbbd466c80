using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// The Bot Framework edge of the conversation: turns activities into <see cref="UserMessage"/>s for the
/// <see cref="ConversationEngine"/>, renders its replies, and saves state once, at the end of the turn.
/// </summary>
public sealed class GuidanceActivityHandler(ConversationEngine engine, ConversationState conversationState, UserState userState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationData> _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != botId))
        {
            await SendAsync(turnContext, engine.Welcome((turnContext.Activity as Activity)?.Locale), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var message = ActivityMapping.ToUserMessage(turnContext.Activity);
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var replies = await engine.HandleAsync(message, data, cancellationToken);
        await SendAsync(turnContext, replies, cancellationToken);
    }

    private static async Task SendAsync(ITurnContext turnContext, IReadOnlyList<BotReply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count > 0)
        {
            await turnContext.SendActivitiesAsync(replies.Select(reply => ActivityMapping.ToActivity(reply)).ToArray(), cancellationToken);
        }
    }
}
