using GuidanceBot.Knowledge;
using static GuidanceBot.Admin.Pages.AdminPage;

namespace GuidanceBot.Admin.Pages;

/// <summary>GET /admin/health: the knowledge folder's current validation errors and warnings.</summary>
public static class HealthPage
{
    public static void MapKnowledgeHealth(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/health", (HttpContext context, AdminPage page, IServiceProvider services) =>
        {
            if (services.GetService<IKnowledgeCatalog>() is not { } catalog)
            {
                return page.Render(context, "Knowledge health",
                    "<p class=\"muted\">The knowledge engine is not connected, so no validation results are available. " +
                    "Run <code>dotnet run --project src/GuidanceBot -- validate</code> meanwhile.</p>");
            }

            var problems = catalog.Problems.OrderByDescending(problem => problem.Severity).ThenBy(problem => problem.File).ToList();
            var errors = problems.Count(problem => problem.Severity == ProblemSeverity.Error);
            var rows = string.Concat(problems.Select(problem =>
                $"<tr><td>{(problem.Severity == ProblemSeverity.Error ? "error" : "warning")}</td><td>{Encode(problem.File)}{(problem.Line is { } line ? $":{line}" : "")}</td><td>{Encode(problem.Message)}</td></tr>"));
            return page.Render(context, "Knowledge health", problems.Count == 0
                ? $"<p>All {catalog.Articles.Count} articles are valid.</p>"
                : $"<p>{catalog.Articles.Count} articles loaded; {errors} errors and {problems.Count - errors} warnings.</p>" +
                  $"<table><thead><tr><th>Severity</th><th>File</th><th>Problem</th></tr></thead><tbody>{rows}</tbody></table>");
        });
    }
}
