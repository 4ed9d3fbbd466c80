using System.Net;
using System.Security.Claims;
using GuidanceBot.Questions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Admin.Pages;

/// <summary>The shared frame of every admin page: navigation, who is signed in, how long data is kept.</summary>
public sealed class AdminPage(IAntiforgery antiforgery, IOptions<QuestionLogOptions> logOptions)
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b}header{background:#0b3d62;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
        header a{color:#fff}main{padding:1rem;max-width:72rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}
        .muted{color:#555}.bar{fill:#2a7ab0}form.inline{display:inline}pre{background:#f4f4f4;padding:.5rem;overflow:auto}footer{padding:1rem;color:#555;font-size:.9rem}
        label{margin-right:.6rem}.status-new{color:#a00}.status-resolved{color:#070}
        """;

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A hidden field with the anti-forgery token, for every form that changes something.</summary>
    public string AntiforgeryField(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    public IResult Render(HttpContext context, string title, string body, int statusCode = StatusCodes.Status200OK)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var nav = signedIn
            ? $"""
              <nav><a href="/admin">Overview</a> · <a href="/admin/gaps">Gaps</a> · <a href="/admin/articles">Articles</a> ·
              <a href="/admin/health">Knowledge health</a> · <a href="/admin/export">Export</a></nav>
              <span>{Encode(user.Identity?.Name)} ({Encode(string.Join(", ", Roles(user)))})</span>
              <form class="inline" method="post" action="/admin/signout">{AntiforgeryField(context)}<button>Sign out</button></form>
              """
            : "";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)} – GuidanceBot review</title><style>{Style}</style></head>
            <body><header><strong>GuidanceBot review</strong>{nav}</header>
            <main><h1>{Encode(title)}</h1>
            {body}
            </main>
            <footer>Questions are kept for {logOptions.Value.RetentionDays} days, then deleted automatically. Personal data
            (phone numbers, e-mails, ids, dates of birth, names) is removed before a question is stored.</footer>
            </body></html>
            """;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    public static IEnumerable<string> Roles(ClaimsPrincipal user) => AdminRoles.All.Where(user.IsInRole);
}
