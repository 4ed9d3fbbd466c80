using GuidanceBot.Admin.Export;
using GuidanceBot.Questions;
using GuidanceBot.Tests.Support;
using Microsoft.VisualBasic.FileIO;

namespace GuidanceBot.Tests.Admin.Export;

/// <summary><c>questions export</c> on a bot's own folder: its appsettings.json and database, as an admin runs it.</summary>
public sealed class QuestionsCommandTests
{
    [Fact]
    public async Task Export_reads_the_bots_database_and_writes_the_filtered_questions_as_csv()
    {
        using var fixture = new QuestionLogFixture();
        await fixture.RecordAsync("can a child be detained, \"really\"?");
        await fixture.RecordAsync("who appoints a guardian", QuestionOutcome.Answered);
        fixture.Folder.Write("appsettings.json", """{ "Storage": { "Path": "guidancebot.db" } }""");
        var output = new StringWriter();

        var exitCode = QuestionsCommand.Run(["export", "--from", "2025-03-01", "--to", "2025-03-31", "--outcome", "unanswered"], output, new StringWriter(), fixture.Folder.Path);

        Assert.Equal(0, exitCode);
        using var parser = new TextFieldParser(new StringReader(output.ToString())) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var row = parser.ReadFields()!;
        Assert.True(parser.EndOfData);
        Assert.Equal("can a child be detained, \"really\"?", row[Array.IndexOf(header, header.First(h => h.Equals("text", StringComparison.OrdinalIgnoreCase)))]);
    }

    [Fact]
    public void A_folder_without_a_database_gets_a_clear_error_naming_the_path()
    {
        using var folder = new TempFolder();
        var error = new StringWriter();

        var exitCode = QuestionsCommand.Run(["export"], new StringWriter(), error, folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains(folder.Path, error.ToString());
    }

    [Theory]
    [InlineData("export", "--format", "xml")]
    [InlineData("export", "--from", "yesterday-ish")]
    [InlineData("import")]
    public void Bad_arguments_are_refused_with_usage(params string[] args)
    {
        using var folder = new TempFolder();

        Assert.Equal(2, QuestionsCommand.Run(args, new StringWriter(), new StringWriter(), folder.Path));
    }
}
