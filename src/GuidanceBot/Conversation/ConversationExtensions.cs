using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuidanceBot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The conversation logic (independent of the Bot Framework) and its options.</summary>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<QuestionRecorder>();
        builder.Services.AddSingleton<ConversationEngine>();
        return builder;
    }
}
