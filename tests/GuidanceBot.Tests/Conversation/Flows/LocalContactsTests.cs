using GuidanceBot.Conversation.Flows;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation.Flows;

public sealed class LocalContactsTests
{
    private const string File = """
        contacts:
          emergency number: "112"
          child protection authority contact: ""
          guardian appointing authority: "Guardianship office, Room 4"
        """;

    [Fact]
    public void Placeholders_with_a_value_are_filled_and_the_others_stay_visible()
    {
        using var folder = new TempFolder();
        folder.Write(LocalContacts.FileName, File);
        var contacts = LocalContacts.Load(folder.Path).Contacts;

        var text = contacts.Fill("Call [LOCAL: emergency number], then [LOCAL: child protection authority contact] and [LOCAL:Guardian  appointing authority].");

        Assert.Equal("Call 112, then [LOCAL: child protection authority contact] and Guardianship office, Room 4.", text);
    }

    [Fact]
    public void Configuration_overrides_the_file()
    {
        using var folder = new TempFolder();
        folder.Write(LocalContacts.FileName, File);
        var configured = new Dictionary<string, string?> { ["child protection authority contact"] = "+994 00 000", ["emergency number"] = "" };

        var contacts = LocalContacts.Load(folder.Path, configured).Contacts;

        Assert.Equal("+994 00 000 / 112", contacts.Fill("[LOCAL: child protection authority contact] / [LOCAL: emergency number]"));
    }

    [Fact]
    public void A_broken_entry_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        folder.Write(LocalContacts.FileName, "contacts:\n  emergency number: \"112\"\n  legal aid contact:\n    - a list\n");

        var result = LocalContacts.Load(folder.Path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, ProblemSeverity.Error), (problem.Line, problem.Severity));
        Assert.Equal("112", result.Contacts.Fill("[LOCAL: emergency number]"));
    }

    [Fact]
    public void A_missing_file_is_a_warning_and_placeholders_stay()
    {
        using var folder = new TempFolder();

        var result = LocalContacts.Load(folder.Path);

        Assert.Equal(ProblemSeverity.Warning, Assert.Single(result.Problems).Severity);
        Assert.Equal("[LOCAL: emergency number]", result.Contacts.Fill("[LOCAL: emergency number]"));
    }
}
