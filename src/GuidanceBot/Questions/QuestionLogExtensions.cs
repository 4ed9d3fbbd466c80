using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuidanceBot.Questions;

public static class QuestionLogExtensions
{
    /// <summary>The question log (redacting, hashing, in LiteDB) and its daily retention clean-up.</summary>
    public static WebApplicationBuilder AddQuestionLog(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<QuestionLogOptions>()
            .BindConfiguration(QuestionLogOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<QuestionKeyHasher>();
        builder.Services.AddSingleton<LiteDbQuestionLog>();
        builder.Services.AddSingleton<IQuestionLog>(services => services.GetRequiredService<LiteDbQuestionLog>());
        builder.Services.AddHostedService<QuestionRetentionService>();
        return builder;
    }
}
