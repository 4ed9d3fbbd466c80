using System.Text;
using GuidanceBot.Admin.Gaps;
using Microsoft.AspNetCore.Antiforgery;
using static GuidanceBot.Admin.Pages.AdminPage;

namespace GuidanceBot.Admin.Pages;

/// <summary>GET /admin/gaps: unanswered questions grouped; POST /admin/gaps/{key}/status: a reviewer's decision.</summary>
public static class GapsPage
{
    public static void MapGaps(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/gaps", (HttpContext context, AdminPage page, GapReport report, TimeProvider time) =>
        {
            var query = context.Request.Query;
            string? outcome = query["outcome"];
            string? status = query["status"];
            if (!ReviewFilter.TryParse(query["from"], query["to"], null, query["channel"], query["lang"], time, out var filter, out var error) ||
                !Allowed(outcome, GapReport.Filters, "outcome", ref error) || !Allowed(status, GapStatus.All, "status", ref error))
            {
                return page.Render(context, "Gaps", $"<p role=\"alert\">{Encode(error)}</p>", StatusCodes.Status400BadRequest);
            }

            var outcomes = string.IsNullOrEmpty(outcome) ? null : new[] { outcome };
            var rows = report.Rows(filter.ToQuestionFilter(outcomes), string.IsNullOrEmpty(status) ? null : status);
            return page.Render(context, "Gaps", Filters(filter, outcome, status) + Table(context, page, rows, filter, outcome));
        });

        admin.MapPost("/gaps/{key}/status", async (HttpContext context, GapStatusStore store, string key) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.BadRequest("The form has expired or did not come from this site; reload the page and try again.");
            }

            var form = await context.Request.ReadFormAsync();
            try
            {
                store.Set(key, form["words"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries), form["status"].ToString(),
                    form["articleId"], context.User.Identity?.Name ?? "unknown");
            }
            catch (ArgumentException ex)
            {
                return Results.BadRequest(ex.Message);
            }

            var back = form["returnUrl"].ToString();
            return Results.LocalRedirect(back.StartsWith("/admin/gaps", StringComparison.Ordinal) ? back : "/admin/gaps");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    private static bool Allowed(string? value, string[] allowed, string name, ref string? error)
    {
        if (string.IsNullOrEmpty(value) || allowed.Contains(value))
        {
            return true;
        }

        error = $"'{value}' is not a {name} here; use one of: {string.Join(", ", allowed)}.";
        return false;
    }

    private static string Filters(ReviewFilter filter, string? outcome, string? status) => $"""
        <form method="get" action="/admin/gaps">
          <label>From <input type="date" name="from" value="{filter.From:yyyy-MM-dd}"></label>
          <label>To <input type="date" name="to" value="{filter.To:yyyy-MM-dd}"></label>
          <label>Outcome {Select("outcome", GapReport.Filters, outcome)}</label>
          <label>Channel <input name="channel" size="8" value="{Encode(filter.Channel)}"></label>
          <label>Language <input name="lang" size="4" value="{Encode(filter.Language)}"></label>
          <label>Status {Select("status", GapStatus.All, status)}</label>
          <button>Show</button>
          <a href="/admin/gaps/export?format=csv&{filter.QueryString}">Download clusters (CSV)</a> ·
          <a href="/admin/gaps/export?format=json&{filter.QueryString}">(JSON)</a>
        </form>
        """;

    internal static string Select(string name, IEnumerable<string> values, string? selected) =>
        $"<select name=\"{name}\"><option value=\"\">all</option>" + string.Concat(values.Select(value =>
            $"<option{(value == selected ? " selected" : "")}>{Encode(value)}</option>")) + "</select>";

    private static string Table(HttpContext context, AdminPage page, IReadOnlyList<GapRow> rows, ReviewFilter filter, string? outcome)
    {
        if (rows.Count == 0)
        {
            return "<p>No unanswered questions in this period.</p>";
        }

        var returnUrl = Encode($"/admin/gaps?{filter.QueryString}" + (outcome is null ? "" : $"&outcome={Uri.EscapeDataString(outcome)}"));
        var html = new StringBuilder("<table><thead><tr><th>Questions</th><th>Count</th><th>First / last seen</th><th>Nearest articles</th><th>Status</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            var cluster = row.Cluster;
            var examples = string.Concat(cluster.Examples.Take(5).Select(example => $"<li>{Encode(example)}</li>"));
            var nearest = row.Nearest is null
                ? "<span class=\"muted\">(knowledge engine not connected)</span>"
                : string.Join("<br>", row.Nearest.Select(article => $"<a href=\"/kb/{Encode(article.Id)}\">{Encode(article.Title)}</a> ({article.Confidence:0.00})"));
            var decision = row.Decision is { } d
                ? $"<br><span class=\"muted\">by {Encode(d.ChangedBy)}, {d.ChangedAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC</span>" +
                  (d.ArticleId is { } article ? $"<br>closed by <a href=\"/kb/{Encode(article)}\">{Encode(article)}</a>" : "")
                : "";
            html.Append($"""
                <tr data-cluster="{cluster.Key}"><td><ul>{examples}</ul>{Phrasings(row)}</td><td>{cluster.Entries.Count}</td>
                <td>{cluster.FirstSeen:yyyy-MM-dd HH:mm}<br>{cluster.LastSeen:yyyy-MM-dd HH:mm}</td><td>{nearest}</td>
                <td><strong class="status-{row.Status}">{row.Status}</strong>{decision}
                <form method="post" action="/admin/gaps/{cluster.Key}/status">{page.AntiforgeryField(context)}
                <input type="hidden" name="words" value="{Encode(string.Join(' ', cluster.Tokens))}">
                <input type="hidden" name="returnUrl" value="{returnUrl}">
                {Select("status", GapStatus.All, row.Status).Replace("<option value=\"\">all</option>", "")}
                <input name="articleId" placeholder="article id (when resolved)" size="18" value="{Encode(row.Decision?.ArticleId)}">
                <button>Save</button></form></td></tr>
                """);
        }

        return html.Append("</tbody></table>").ToString();
    }

    // Trainers paste these into the article's front matter so the bot learns how staff really ask.
    private static string Phrasings(GapRow row) => row.Decision is { Status: GapStatus.Resolved, ArticleId: { } article }
        ? $"<details><summary>Suggested phrasings for {Encode(article)}</summary><pre>{Encode(SuggestedPhrasings.Yaml(row.Cluster))}</pre></details>"
        : "";
}
