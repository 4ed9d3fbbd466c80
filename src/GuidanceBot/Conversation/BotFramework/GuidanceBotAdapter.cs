using GuidanceBot.Conversation.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace GuidanceBot.Conversation.BotFramework;

/// <summary>
/// The Bot Framework adapter with the one safety net of a turn: log, apologise in plain words, and clear the
/// conversation state so that nobody is stuck in an error loop.
/// </summary>
public sealed class GuidanceBotAdapter : CloudAdapter
{
    public GuidanceBotAdapter(BotFrameworkAuthentication authentication, ConversationState conversationState, ILogger<GuidanceBotAdapter> logger)
        : base(authentication, logger)
    {
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
}
