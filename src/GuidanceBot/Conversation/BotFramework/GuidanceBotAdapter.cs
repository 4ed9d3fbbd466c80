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
    /// Runs a turn for a caller inside this process (the built-in web chat, see <see cref="WebChatChannel"/>), which
    /// has no Bot Connector token to authenticate: the same pipeline as /api/messages after authentication.
    /// </summary>
    public Task<InvokeResponse> ProcessInProcessActivityAsync(ClaimsIdentity caller, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(
            new AuthenticateRequestResult { ClaimsIdentity = caller, ConnectorFactory = _authentication.CreateConnectorFactory(caller) },
            activity,
            callback,
            cancellationToken);
}
