using System.Globalization;
using System.Text.Json;
using GuidanceBot.Admin.Gaps;
using GuidanceBot.Questions;

namespace GuidanceBot.Admin.Export;

/// <summary>The stored questions and the gap clusters as CSV or JSON, the same from the page, the API and the CLI.</summary>
public static class QuestionExport
{
    public const string CsvFormat = "csv";
    public const string JsonFormat = "json";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly string[] _questionColumns =
        ["id", "time", "channel", "locale", "outcome", "articleId", "confidence", "candidates", "feedback", "flowId", "flowStep", "conversationKey", "text"];

    public static bool IsFormat(string? format) => format is CsvFormat or JsonFormat;

    public static string ContentType(string format) => format == CsvFormat ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";

    public static string Questions(IEnumerable<QuestionLogEntry> entries, string format)
    {
        var list = entries.ToList();
        if (format == JsonFormat)
        {
            return JsonSerializer.Serialize(list.Select(entry => new
            {
                entry.Id, Time = entry.Time.ToUniversalTime(), entry.Channel, entry.Locale, entry.Outcome, entry.ArticleId,
                entry.Confidence, entry.Candidates, entry.Feedback, entry.FlowId, entry.FlowStep, entry.ConversationKey, entry.Text,
            }), _json);
        }

        return Csv.Write(_questionColumns, list.Select(entry => new[]
        {
            entry.Id, entry.Time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), entry.Channel,
            entry.Locale, entry.Outcome, entry.ArticleId, entry.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
            string.Join('|', entry.Candidates), entry.Feedback, entry.FlowId, entry.FlowStep, entry.ConversationKey, entry.Text,
        }));
    }

    public static string Clusters(IEnumerable<GapRow> rows, string format)
    {
        var list = rows.Select(row => new
        {
            row.Cluster.Key, Count = row.Cluster.Entries.Count, FirstSeen = row.Cluster.FirstSeen.ToUniversalTime(),
            LastSeen = row.Cluster.LastSeen.ToUniversalTime(), row.Status, row.Decision?.ArticleId, row.Decision?.ChangedBy,
            Examples = row.Cluster.Examples.Take(10).ToList(),
        }).ToList();
        if (format == JsonFormat)
        {
            return JsonSerializer.Serialize(list, _json);
        }

        return Csv.Write(["key", "count", "firstSeen", "lastSeen", "status", "articleId", "changedBy", "examples"],
            list.Select(row => new[]
            {
                row.Key, row.Count.ToString(CultureInfo.InvariantCulture), row.FirstSeen.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                row.LastSeen.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), row.Status, row.ArticleId, row.ChangedBy,
                string.Join("\n", row.Examples),
            }));
    }
}
