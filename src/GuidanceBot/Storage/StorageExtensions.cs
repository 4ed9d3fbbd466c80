using Microsoft.Bot.Builder;

namespace GuidanceBot.Storage;

public static class StorageExtensions
{
    /// <summary>LiteDB file, the Bot Framework state storage on it, and conversation/user state.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<LiteDatabaseProvider>();
        builder.Services.AddSingleton<IStorage, LiteDbStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();
        return builder;
    }
}
