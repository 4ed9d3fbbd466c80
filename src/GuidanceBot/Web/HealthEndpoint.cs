using System.Reflection;
using GuidanceBot.Storage;

namespace GuidanceBot.Web;

public static class HealthEndpoint
{
    private static readonly string _version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>GET /healthz: 200 with status, version and whether storage answers; 503 when it does not.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", (LiteDatabaseProvider database) =>
        {
            var storageOk = database.TryCheck(out var problem);
            var body = new HealthReport(storageOk ? "ok" : "degraded", _version, storageOk, problem);
            return storageOk
                ? Results.Json(body)
                : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    public sealed record HealthReport(string Status, string Version, bool StorageOk, string? StorageProblem);
}
