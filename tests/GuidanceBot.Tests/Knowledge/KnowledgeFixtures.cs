using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>Small hand-written knowledge folders for the knowledge tests.</summary>
public static class KnowledgeFixtures
{
    public static FakeTimeProvider Time() => new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public static string Article(string id, string title, string[] questions, string body, string extra = "") => $"""
        ---
        id: {id}
        title: {title}
        reviewed: 2026-05-01
        questions:
        {string.Join("\n", questions.Select(question => "  - " + question))}
        {extra}
        ---
        {body}
        """;

    /// <summary>Four distinct topics plus synonyms, enough to test ranking, synonyms and typos.</summary>
    public static void WriteTopics(TempFolder folder)
    {
        folder.Write("standards/unaccompanied.md", Article("unaccompanied-children", "Unaccompanied children",
            ["Who is an unaccompanied minor?", "What protection does an unaccompanied child get?"],
            "An unaccompanied child is separated from both parents and not cared for by an adult.\n\nMore detail on guardians."));
        folder.Write("standards/detention.md", Article("immigration-detention", "Immigration detention of children",
            ["Can a child be held in immigration detention?", "Is detaining migrant children allowed?"],
            "Children should never be detained for immigration reasons."));
        folder.Write("standards/interviews.md", Article("child-interviews", "Interviewing children",
            ["How do I interview a child?", "What makes an interview child-friendly?"],
            "Use a child-friendly room, an interpreter and short questions."));
        folder.Write("standards/education.md", Article("school-access", "Access to school",
            ["Can migrant children go to school?", "Do undocumented children have a right to education?"],
            "Every child has the right to education, whatever their status."));
        folder.Write("synonyms.yml", """
            groups:
              - [minor, child, kid]
              - [unaccompanied, on his own, alone]
              - [detention, locked up]
            """);
    }

    public static KnowledgeSnapshot Snapshot(TempFolder folder, KnowledgeOptions? options = null)
    {
        options ??= new KnowledgeOptions();
        var load = KnowledgeLoader.Load(folder.Path, options, Time());
        return new KnowledgeSnapshot(load, options, Time().GetUtcNow());
    }
}
