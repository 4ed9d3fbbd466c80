using GuidanceBot.Questions;
using static GuidanceBot.Admin.Pages.AdminPage;

namespace GuidanceBot.Admin.Pages;

/// <summary>GET /admin: questions per day, outcome shares, feedback and top articles for a period; purge for admins.</summary>
public static class OverviewPage
{
    public static void MapOverview(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/", (HttpContext context, AdminPage page, LiteDbQuestionLog log, TimeProvider time) =>
        {
            if (!ReviewFilter.TryParse(context.Request.Query, time, out var filter, out var error))
            {
                return page.Render(context, "Overview", $"<p role=\"alert\">{Encode(error)}</p>", StatusCodes.Status400BadRequest);
            }

            var entries = log.Find(filter.ToQuestionFilter());
            var perDay = Enumerable.Range(0, filter.To.DayNumber - filter.From.DayNumber + 1)
                .Select(offset => filter.From.AddDays(offset))
                .Select(day => (day.ToString("yyyy-MM-dd"), entries.Count(entry => DateOnly.FromDateTime(entry.Time) == day)))
                .ToList();
            var outcomes = ReviewOutcomes.All
                .Select(outcome => (outcome, entries.Count(entry => entry.Outcome == outcome)))
                .Where(bar => bar.Item2 > 0).ToList();
            var feedback = new List<(string, int)>
            {
                ("helpful", entries.Count(entry => entry.Feedback == QuestionFeedback.Helpful)),
                ("not helpful", entries.Count(entry => entry.Feedback == QuestionFeedback.NotHelpful)),
            };
            var topArticles = entries.Where(entry => entry.Outcome == QuestionOutcome.Answered && entry.ArticleId is not null)
                .GroupBy(entry => entry.ArticleId!).OrderByDescending(group => group.Count()).Take(10)
                .Select(group => (group.Key, group.Count())).ToList();

            return page.Render(context, "Overview", $"""
                <form method="get" action="/admin"><label>From <input type="date" name="from" value="{filter.From:yyyy-MM-dd}"></label>
                <label>To <input type="date" name="to" value="{filter.To:yyyy-MM-dd}"></label><button>Show</button></form>
                <p>{entries.Count} questions from {filter.From:yyyy-MM-dd} to {filter.To:yyyy-MM-dd}.</p>
                <h2>Questions per day</h2>{SvgChart.Bars(perDay, "Questions per day")}
                <h2>Outcomes</h2>{SvgChart.Bars(outcomes.Select(bar => ($"{bar.outcome} ({Share(bar.Item2, entries.Count)})", bar.Item2)).ToList(), "Outcomes")}
                <h2>Feedback</h2>{SvgChart.Bars(feedback, "Feedback")}
                <h2>Top articles</h2>{SvgChart.Bars(topArticles, "Top articles")}
                {(context.User.IsInRole(AdminRoles.Admin) ? PurgeForm(context, page, filter) : "")}
                """);
        });
    }

    private static string Share(int count, int total) => total == 0 ? "0%" : $"{100.0 * count / total:0}%";

    private static string PurgeForm(HttpContext context, AdminPage page, ReviewFilter filter) => $"""
        <h2>Delete questions (admins)</h2>
        <form method="post" action="/admin/purge" onsubmit="return confirm('Delete every question of this period? This cannot be undone.')">
          {page.AntiforgeryField(context)}
          <label>From <input type="date" name="from" value="{filter.From:yyyy-MM-dd}" required></label>
          <label>To <input type="date" name="to" value="{filter.To:yyyy-MM-dd}" required></label>
          <button>Delete this period</button>
        </form>
        """;
}
