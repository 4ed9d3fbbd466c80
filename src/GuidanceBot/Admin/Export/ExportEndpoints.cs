using GuidanceBot.Admin.Gaps;
using GuidanceBot.Admin.Pages;
using GuidanceBot.Questions;

namespace GuidanceBot.Admin.Export;

/// <summary>GET /admin/api/questions (cookie or API key), GET /admin/gaps/export and the Export page.</summary>
public static class ExportEndpoints
{
    public static void MapExport(this IEndpointRouteBuilder admin, IEndpointRouteBuilder api)
    {
        api.MapGet("/questions", (HttpContext context, LiteDbQuestionLog log, TimeProvider time, string? format) =>
        {
            format ??= QuestionExport.JsonFormat;
            if (!QuestionExport.IsFormat(format))
            {
                return Results.BadRequest($"'{format}' is not an export format; use csv or json.");
            }

            if (!ReviewFilter.TryParse(context.Request.Query, time, out var filter, out var error))
            {
                return Results.BadRequest(error);
            }

            return Download(QuestionExport.Questions(log.Find(filter.ToQuestionFilter()), format), format, "questions", filter);
        });

        admin.MapGet("/gaps/export", (HttpContext context, GapReport report, TimeProvider time, string? format) =>
        {
            format ??= QuestionExport.CsvFormat;
            if (!QuestionExport.IsFormat(format) || !ReviewFilter.TryParse(context.Request.Query["from"], context.Request.Query["to"], null,
                    context.Request.Query["channel"], context.Request.Query["lang"], time, out var filter, out var error))
            {
                return Results.BadRequest("Use format=csv or json and dates as yyyy-MM-dd.");
            }

            return Download(QuestionExport.Clusters(report.Rows(filter.ToQuestionFilter()), format), format, "gaps", filter);
        });

        admin.MapGet("/export", (HttpContext context, AdminPage page, TimeProvider time) =>
        {
            ReviewFilter.TryParse(null, null, null, null, null, time, out var filter, out _);
            return page.Render(context, "Export", $"""
                <p>Download the questions of a period (redacted text, outcome, article, feedback) for a spreadsheet or a script.
                Scripts can call <code>GET /admin/api/questions?from=&amp;to=&amp;outcome=&amp;format=csv|json</code> with
                <code>Authorization: Bearer &lt;key&gt;</code>.</p>
                <form method="get" action="/admin/api/questions">
                  <label>From <input type="date" name="from" value="{filter.From:yyyy-MM-dd}"></label>
                  <label>To <input type="date" name="to" value="{filter.To:yyyy-MM-dd}"></label>
                  <label>Outcome {GapsPage.Select("outcome", ReviewOutcomes.All, null)}</label>
                  <label>Format <select name="format"><option>csv</option><option>json</option></select></label>
                  <button>Download</button>
                </form>
                <p>Clusters of unanswered questions: <a href="/admin/gaps/export?format=csv">CSV</a> · <a href="/admin/gaps/export?format=json">JSON</a>.</p>
                """);
        });
    }

    private static IResult Download(string content, string format, string name, ReviewFilter filter) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(content), QuestionExport.ContentType(format),
            $"{name}-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.{format}");
}
