using GuidanceBot.Conversation.BotFramework;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Web.WebChat;

public static class WebChatExtensions
{
    /// <summary>The built-in web chat: the page's conversations and the in-process channel its turns run through.</summary>
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebChatConversations>();
        builder.Services.AddSingleton<WebChatChannel>();
        return builder;
    }

    /// <summary>The Web Chat page at / (static files from wwwroot) and its Direct-Line-style endpoint at /directline.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled)
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            // Everything the page loads is ours: no CDN, no inline script. Web Chat styles itself inline.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'self'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLine();
        return app;
    }
}
