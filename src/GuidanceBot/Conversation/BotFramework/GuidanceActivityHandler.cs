using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// The Bot Framework edge of the conversation: turns activities into <see cref="UserMessage"/>s for the
/// <see cref="ConversationEngine"/>, renders its replies, and saves state once, at the end of the turn.
/// </summary>
public sealed class GuidanceActivityHandler(
    ConversationEngine engine,
    ConversationState conversationState,
    UserState userState,
    IHttpContextAccessor httpContextAccessor) : ActivityHandler
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
        // In a personal chat, welcome the person; in a team or group chat, introduce the bot once, when it is added,
        // rather than greeting every colleague who joins.
        var botId = turnContext.Activity.Recipient?.Id;
        var shared = turnContext.Activity.Conversation?.ConversationType is "channel" or "groupChat";
        if (membersAdded.Any(member => shared ? member.Id == botId : member.Id != botId))
        {
            await SendAsync(turnContext, engine.Welcome((turnContext.Activity as Activity)?.Locale), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!TeamsConventions.IsAddressedToBot(turnContext.Activity))
        {
            return;
        }

        var message = ActivityMapping.ToUserMessage(turnContext.Activity);
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var replies = await engine.HandleAsync(message, data, cancellationToken);
        await SendAsync(turnContext, replies, cancellationToken);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (TeamsConventions.ReadFeedback(turnContext.Activity) is not { } feedback)
        {
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        // Teams acknowledges the thumbs itself; a chat message on top would be noise, so any reply is dropped.
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        await engine.HandleAsync(feedback, data, cancellationToken);
        return new InvokeResponse { Status = StatusCodes.Status200OK };
    }

    private async Task SendAsync(ITurnContext turnContext, IReadOnlyList<BotReply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count > 0)
        {
            var context = ReplyRenderContext.For(turnContext.Activity, httpContextAccessor.HttpContext?.Request);
            await turnContext.SendActivitiesAsync(replies.Select(reply => ActivityMapping.ToActivity(reply, context)).ToArray(), cancellationToken);
        }
    }
}
