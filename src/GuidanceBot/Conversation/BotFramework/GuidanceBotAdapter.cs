using System.Security.Claims;
using GuidanceBot.Conversation.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// The Bot Framework adapter with the one safety net of a turn: log, apologise in plain words, and clear the
/// conversation state so that nobody is stuck in an error loop.
/// </summary>
public sealed class GuidanceBotAdapter : CloudAdapter
{
    private readonly BotFrameworkAuthentication _authentication;

    public GuidanceBotAdapter(BotFrameworkAuthentication authentication, ConversationState conversationState, ILogger<GuidanceBotAdapter> logger)
        : base(authentication, logger)
    {
        _authentication = authentication;
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a turn of conversation {ConversationId}", turnContext.Activity?.Conversation?.Id);
            try
            {
                await turnContext.SendActivityAsync(BotTexts.For(turnContext.Activity?.Locale).SomethingWentWrong);
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception cleanupError)
            {
                logger.LogError(cleanupError, "Could not apologise or clear the state after an error");
            }
        };
    }

    /// <summary>
    /// Runs one turn for a caller inside this process (the built-in web chat, the eval command) through the same
    /// middleware, error handling and bot as a channel's request. No channel token is involved: the caller has
    /// already decided who may talk to the bot. Replies are buffered and returned (expectReplies), never posted
    /// to a service URL.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ProcessInProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken, ClaimsIdentity? caller = null)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var identity = caller ?? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType);
        var request = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            ConnectorFactory = _authentication.CreateConnectorFactory(identity),
        };
        var response = await ProcessActivityAsync(request, activity, bot.OnTurnAsync, cancellationToken);
        return (response?.Body as ExpectedReplies)?.Activities?.ToList() ?? [];
    }
}
