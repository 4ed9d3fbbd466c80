using GuidanceBot.Admin.Auth;
using GuidanceBot.Admin.Export;
using GuidanceBot.Admin.Gaps;
using GuidanceBot.Admin.Pages;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Admin;

public static class AdminExtensions
{
    /// <summary>Sign-in (local accounts, Entra ID, API keys), roles, anti-forgery and the review pages' services.</summary>
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        builder.AddAdminAuthentication();
        builder.Services.AddSingleton<AdminPage>();
        builder.Services.AddSingleton<GapStatusStore>();
        builder.Services.AddSingleton<GapReport>();
        builder.Services.AddSingleton<KnowledgeBaseView>();
        builder.Services.AddSingleton<INearestArticles>(services => services.GetRequiredService<KnowledgeBaseView>());
        builder.Services.AddSingleton<IKnowledgeCatalog>(services => services.GetRequiredService<KnowledgeBaseView>());
        return builder;
    }

    /// <summary>Everything under /admin: anonymous sign-in, review pages for the three roles, the export API.</summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        var anonymous = app.MapGroup("/admin");
        anonymous.MapSignIn(AdminAuthentication.EntraConfigured(app.Configuration));

        var pages = app.MapGroup("/admin").RequireAuthorization(AdminRoles.ReviewPolicy);
        var api = app.MapGroup("/admin/api").RequireAuthorization(AdminRoles.ApiPolicy);
        pages.MapOverview();
        pages.MapGaps();
        pages.MapArticles();
        pages.MapKnowledgeHealth();
        pages.MapPurge();
        pages.MapExport(api);
        return app;
    }
}
