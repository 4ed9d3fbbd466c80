using System.Text;
using GuidanceBot.Questions;
using Microsoft.Extensions.Options;
using static GuidanceBot.Admin.Pages.AdminPage;

namespace GuidanceBot.Admin.Pages;

/// <summary>GET /admin/articles: per article, how often served, feedback and the questions that reached it.</summary>
public static class ArticlesPage
{
    public static void MapArticles(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/articles", (HttpContext context, AdminPage page, LiteDbQuestionLog log, TimeProvider time,
            IOptions<AdminOptions> options, IServiceProvider services) =>
        {
            if (!ReviewFilter.TryParse(context.Request.Query, time, out var filter, out var error))
            {
                return page.Render(context, "Articles", $"<p role=\"alert\">{Encode(error)}</p>", StatusCodes.Status400BadRequest);
            }

            var served = log.Find(filter.ToQuestionFilter([QuestionOutcome.Answered]))
                .Where(entry => entry.ArticleId is not null)
                .GroupBy(entry => entry.ArticleId!)
                .OrderByDescending(group => group.Count())
                .ToList();
            var html = new StringBuilder($"""
                <form method="get" action="/admin/articles"><label>From <input type="date" name="from" value="{filter.From:yyyy-MM-dd}"></label>
                <label>To <input type="date" name="to" value="{filter.To:yyyy-MM-dd}"></label><button>Show</button></form>
                <h2>Served</h2><table><thead><tr><th>Article</th><th>Served</th><th>Helpful</th><th>Not helpful</th><th>Questions that reached it</th></tr></thead><tbody>
                """);
            foreach (var group in served)
            {
                var questions = string.Concat(group.Select(entry => entry.Text).Distinct().Take(5).Select(text => $"<li>{Encode(text)}</li>"));
                html.Append($"<tr><td><a href=\"/kb/{Encode(group.Key)}\">{Encode(group.Key)}</a></td><td>{group.Count()}</td>" +
                    $"<td>{group.Count(entry => entry.Feedback == QuestionFeedback.Helpful)}</td>" +
                    $"<td>{group.Count(entry => entry.Feedback == QuestionFeedback.NotHelpful)}</td><td><ul>{questions}</ul></td></tr>");
            }

            html.Append("</tbody></table>");
            html.Append(Catalog(services.GetService<IKnowledgeCatalog>(), served.Select(group => group.Key).ToHashSet(),
                DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-options.Value.ReviewedMaxAgeDays)));
            return page.Render(context, "Articles", html.ToString());
        });
    }

    private static string Catalog(IKnowledgeCatalog? catalog, HashSet<string> served, DateOnly staleBefore)
    {
        if (catalog is null)
        {
            return "<p class=\"muted\">Articles never served and stale reviews appear once the knowledge engine is connected.</p>";
        }

        var never = catalog.Articles.Where(article => !served.Contains(article.Id)).OrderBy(article => article.Id);
        var stale = catalog.Articles.Where(article => article.Reviewed is null || article.Reviewed < staleBefore).OrderBy(article => article.Reviewed);
        return "<h2>Never served in this period</h2><ul>" +
            string.Concat(never.Select(article => $"<li><a href=\"/kb/{Encode(article.Id)}\">{Encode(article.Title)}</a> ({Encode(article.Id)})</li>")) +
            $"</ul><h2>Not reviewed since {staleBefore:yyyy-MM-dd}</h2><ul>" +
            string.Concat(stale.Select(article => $"<li>{Encode(article.Title)} ({Encode(article.Id)}): reviewed {(article.Reviewed is { } date ? date.ToString("yyyy-MM-dd") : "never")}, owner {Encode(article.Owner ?? "none")}</li>")) +
            "</ul>";
    }
}
