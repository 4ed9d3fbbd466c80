using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace GuidanceBot.Admin.Auth;

/// <summary>
/// Sign-in for the review pages: a secure HttpOnly cookie, issued either by the local sign-in form or, when
/// <c>AzureAd:ClientId</c> is configured, by Microsoft Entra ID through OpenID Connect; plus API keys for the API.
/// </summary>
public static class AdminAuthentication
{
    public const string CookieScheme = "AdminCookie";
    public const string EntraSection = "AzureAd";
    public const string SignInPath = "/admin/signin";

    public static bool EntraConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{EntraSection}:ClientId"]);

    public static void AddAdminAuthentication(this WebApplicationBuilder builder)
    {
        var entra = EntraConfigured(builder.Configuration);
        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieScheme;
            options.DefaultChallengeScheme = entra ? OpenIdConnectDefaults.AuthenticationScheme : CookieScheme;
        });

        if (entra)
        {
            // Microsoft.Identity.Web adds the cookie scheme itself; it is configured below like the local one.
            authentication.AddMicrosoftIdentityWebApp(builder.Configuration.GetSection(EntraSection),
                OpenIdConnectDefaults.AuthenticationScheme, CookieScheme);
            builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                // App roles named trainer / coordinator / admin in the app registration arrive in the "roles" claim.
                options.TokenValidationParameters.RoleClaimType = "roles";
            });
        }
        else
        {
            authentication.AddCookie(CookieScheme);
        }

        builder.Services.Configure<CookieAuthenticationOptions>(CookieScheme, ConfigureCookie);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminRoles.ReviewPolicy, policy => policy.RequireRole(AdminRoles.All))
            .AddPolicy(AdminRoles.PurgePolicy, policy => policy.RequireRole(AdminRoles.Admin))
            .AddPolicy(AdminRoles.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(CookieScheme, ApiKeyAuthenticationHandler.SchemeName)
                .RequireRole([.. AdminRoles.All, AdminRoles.ApiClient]));

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "GuidanceBot.Admin.Antiforgery";
            // Not Always: antiforgery refuses to issue tokens at all over plain HTTP then, which would lock out a
            // local install; this cookie holds no credential. The sign-in cookie below is always Secure.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
        });
        builder.Services.AddSingleton<LocalAccounts>();
        builder.Services.AddSingleton<SignInThrottle>();
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "GuidanceBot.Admin";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Path = "/admin";
        options.LoginPath = SignInPath;
        options.AccessDeniedPath = "/admin/denied";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => RefuseApiOrRedirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RefuseApiOrRedirect(context, StatusCodes.Status403Forbidden);
    }

    // A script calling the API wants a status code, not the HTML of the sign-in page.
    private static Task RefuseApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/admin/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
