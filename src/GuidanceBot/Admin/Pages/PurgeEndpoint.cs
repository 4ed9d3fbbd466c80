using GuidanceBot.Questions;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceBot.Admin.Pages;

/// <summary>POST /admin/purge (admin role): deletes every question of a period, both days included.</summary>
public static class PurgeEndpoint
{
    public static void MapPurge(this IEndpointRouteBuilder admin)
    {
        admin.MapPost("/purge", (HttpContext context, AdminPage page, LiteDbQuestionLog log, TimeProvider time,
            ILogger<LiteDbQuestionLog> logger, [FromForm] PurgeForm form) =>
        {
            if (string.IsNullOrWhiteSpace(form.From) || string.IsNullOrWhiteSpace(form.To) ||
                !ReviewFilter.TryParse(form.From, form.To, null, null, null, time, out var filter, out var error))
            {
                return page.Render(context, "Delete questions", "<p role=\"alert\">Give both dates of the period to delete, as yyyy-MM-dd.</p>",
                    StatusCodes.Status400BadRequest);
            }

            var period = filter.ToQuestionFilter();
            var deleted = log.DeletePeriod(period.From!.Value, period.To!.Value);
            logger.LogWarning("{User} deleted {Count} questions asked from {From} to {To}.", context.User.Identity?.Name, deleted, filter.From, filter.To);
            return page.Render(context, "Delete questions",
                $"<p>Deleted {deleted} questions asked from {filter.From:yyyy-MM-dd} to {filter.To:yyyy-MM-dd}.</p><p><a href=\"/admin\">Back to the overview</a></p>");
        }).RequireAuthorization(AdminRoles.PurgePolicy);
    }

    public sealed record PurgeForm(string? From, string? To);
}
