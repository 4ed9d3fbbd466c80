using System.Security.Claims;
using GuidanceBot.Admin.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceBot.Admin.Auth;

/// <summary>GET/POST /admin/signin (local accounts, or a link to Microsoft Entra ID), POST /admin/signout.</summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder admin, bool entra)
    {
        admin.MapGet("/signin", (HttpContext context, AdminPage page, string? returnUrl) =>
            page.Render(context, "Sign in", Form(context, page, LocalOnly(returnUrl), entra, error: null))).AllowAnonymous();

        admin.MapPost("/signin", async (HttpContext context, AdminPage page, LocalAccounts accounts, SignInThrottle throttle,
            [FromForm] SignInForm form) =>
        {
            var returnUrl = LocalOnly(form.ReturnUrl);
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var userName = form.UserName?.Trim() ?? "";
            if (throttle.IsLockedOut(userName, client))
            {
                return page.Render(context, "Sign in", Form(context, page, returnUrl, entra,
                    "Too many failed sign-ins. Wait a few minutes, then try again."), StatusCodes.Status429TooManyRequests);
            }

            if (accounts.Verify(userName, form.Password ?? "", AdminAuthentication.CookieScheme) is not { } identity)
            {
                throttle.RecordFailure(userName, client);
                return page.Render(context, "Sign in", Form(context, page, returnUrl, entra,
                    "The user name or password is not right."), StatusCodes.Status401Unauthorized);
            }

            throttle.RecordSuccess(userName);
            await context.SignInAsync(AdminAuthentication.CookieScheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(returnUrl);
        }).AllowAnonymous();

        admin.MapGet("/signin/entra", (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
            .AllowAnonymous();

        admin.MapPost("/signout", async (HttpContext context) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.BadRequest("The form has expired; reload the page and try again.");
            }

            await context.SignOutAsync(AdminAuthentication.CookieScheme);
            return Results.LocalRedirect(AdminAuthentication.SignInPath);
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());

        admin.MapGet("/denied", (HttpContext context, AdminPage page) =>
            page.Render(context, "Not allowed", "<p>Your account does not have a role that may see this page.</p>",
                StatusCodes.Status403Forbidden)).AllowAnonymous();
    }

    // Only paths on this site, so the form cannot be used to send someone elsewhere after signing in.
    private static string LocalOnly(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith("/admin", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/admin";

    private static string Form(HttpContext context, AdminPage page, string returnUrl, bool entra, string? error) => $"""
        {(error is null ? "" : $"<p role=\"alert\" class=\"status-new\">{AdminPage.Encode(error)}</p>")}
        {(entra ? $"<p><a href=\"/admin/signin/entra?returnUrl={Uri.EscapeDataString(returnUrl)}\">Sign in with Microsoft</a></p>" : "")}
        <form method="post" action="/admin/signin">
          {page.AntiforgeryField(context)}
          <input type="hidden" name="returnUrl" value="{AdminPage.Encode(returnUrl)}">
          <p><label>User name <input name="userName" autocomplete="username" required></label></p>
          <p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
          <p><button type="submit">Sign in</button></p>
        </form>
        """;

    public sealed record SignInForm(string? UserName, string? Password, string? ReturnUrl);
}
