using System.Text;
using System.Text.Json;
using GuidanceBot.Admin.Export;
using GuidanceBot.Questions;
using Microsoft.VisualBasic.FileIO;

namespace GuidanceBot.Tests.Admin.Export;

public sealed class QuestionExportTests
{
    private static readonly QuestionLogEntry[] _entries =
    [
        new() { Id = "a", Time = new DateTime(2025, 3, 1, 8, 30, 0, DateTimeKind.Utc), Channel = "webchat", Locale = "en-US", Outcome = "unanswered",
                Text = "He said \"I'm 15\", alone, at the border", Candidates = ["x", "y"] },
        new() { Id = "b", Time = new DateTime(2025, 3, 2, 9, 0, 0, DateTimeKind.Utc), Channel = "msteams", Locale = "en-GB", Outcome = "answered",
                ArticleId = "detention", Confidence = 0.87, Feedback = "helpful", Text = "first line\nsecond line, with comma" },
        new() { Id = "c", Time = new DateTime(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc), Channel = "webchat", Locale = "en", Outcome = "unanswered",
                Text = "=HYPERLINK(\"http://evil\")" },
    ];

    [Fact]
    public void Csv_with_quotes_commas_and_newlines_parses_back_to_the_same_values()
    {
        var csv = QuestionExport.Questions(_entries, QuestionExport.CsvFormat);

        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        var text = Array.IndexOf(header, "text");
        Assert.Equal(_entries[0].Text, rows[0][text]);
        Assert.Equal(_entries[1].Text, rows[1][text]);
        Assert.Equal("'" + _entries[2].Text, rows[2][text]);
        Assert.Equal("2025-03-02T09:00:00Z", rows[1][Array.IndexOf(header, "time")]);
        Assert.Equal("0.87", rows[1][Array.IndexOf(header, "confidence")]);
        Assert.Equal("x|y", rows[0][Array.IndexOf(header, "candidates")]);
    }

    [Fact]
    public void Json_lists_every_entry_with_its_fields()
    {
        using var json = JsonDocument.Parse(QuestionExport.Questions(_entries, QuestionExport.JsonFormat));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("detention", json.RootElement[1].GetProperty("articleId").GetString());
        Assert.Equal(_entries[1].Text, json.RootElement[1].GetProperty("text").GetString());
    }
}
