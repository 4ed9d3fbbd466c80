using Microsoft.Extensions.DependencyInjection.Extensions;
using GuidanceBot.Knowledge.Pages;

namespace GuidanceBot.Knowledge;

public static class KnowledgeExtensions
{
    /// <summary>Knowledge options, the live knowledge base (loaded at start), and the clock it uses.</summary>
    public static WebApplicationBuilder AddKnowledge(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.SuggestThreshold <= options.AnswerThreshold,
                "Knowledge:SuggestThreshold must not be higher than Knowledge:AnswerThreshold.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KnowledgeBase>();
        return builder;
    }

    /// <summary>GET /kb/{id}: the full article as a readable page, so chat links work from Teams and web chat.</summary>
    public static WebApplication MapKnowledgePages(this WebApplication app)
    {
        // Load at start rather than on the first question, so problems show in the log straight away.
        _ = app.Services.GetRequiredService<KnowledgeBase>();
        app.MapGet("/kb/{id}", (string id, KnowledgeBase knowledge) =>
        {
            var snapshot = knowledge.Current;
            return snapshot.Articles.TryGetValue(id, out var article)
                ? Results.Content(ArticlePage.Render(article, snapshot), "text/html; charset=utf-8")
                : Results.Content(ArticlePage.NotFound(id), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        });
        return app;
    }
}
