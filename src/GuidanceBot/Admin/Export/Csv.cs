using System.Text;

namespace GuidanceBot.Admin.Export;

/// <summary>RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF between rows.</summary>
public static class Csv
{
    public static string Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var row in rows)
        {
            AppendRow(csv, row);
        }

        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    private static string Field(string? value)
    {
        value ??= "";
        // A leading =, +, - or @ would run as a formula when a reviewer opens the file in a spreadsheet.
        if (value.Length > 0 && "=+-@".Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
