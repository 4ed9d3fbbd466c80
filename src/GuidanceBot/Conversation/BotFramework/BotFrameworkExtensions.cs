using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace GuidanceBot.Conversation.BotFramework;

public static class BotFrameworkExtensions
{
    /// <summary>Largest request body accepted on /api/messages; Bot Framework activities are a few kilobytes.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    /// <summary>
    /// CloudAdapter with authentication from configuration (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword,
    /// MicrosoftAppTenantId): anonymous when no app id is set, JWT-validated when one is.
    /// </summary>
    public static WebApplicationBuilder AddBotFramework(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<GuidanceBotAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(services => services.GetRequiredService<GuidanceBotAdapter>());
        builder.Services.AddTransient<IBot, GuidanceActivityHandler>();
        return builder;
    }

    /// <summary>POST /api/messages: the Bot Framework protocol endpoint used by Teams, the emulator and Azure Bot Service.</summary>
    public static WebApplication MapBotFramework(this WebApplication app)
    {
        app.MapPost("/api/messages", async (HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot) =>
        {
            var sizeLimit = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (sizeLimit is { IsReadOnly: false })
            {
                sizeLimit.MaxRequestBodySize = MaxActivityBytes;
            }

            if (context.Request.ContentLength > MaxActivityBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        });
        return app;
    }
}
