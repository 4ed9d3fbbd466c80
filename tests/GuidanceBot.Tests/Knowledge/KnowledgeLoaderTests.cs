using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using static GuidanceBot.Tests.Knowledge.KnowledgeFixtures;

namespace GuidanceBot.Tests.Knowledge;

public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "missing id", "---\ntitle: T\nquestions:\n  - q?\n---\nBody.", "Missing field 'id'" },
        { "missing questions", "---\nid: broken\ntitle: T\n---\nBody.", "Missing field 'questions'" },
        { "unknown field", "---\nid: broken\ntitle: T\nquestons: x\nquestions:\n  - q?\n---\nBody.", "Unknown field 'questons'. Did you mean 'questions'?" },
        { "bad date", "---\nid: broken\ntitle: T\nreviewed: 31/12/2025\nquestions:\n  - q?\n---\nBody.", "is not a date" },
        { "yaml syntax", "---\nid: broken\ntitle: [unclosed\nquestions:\n  - q?\n---\nBody.", "not valid YAML" },
        { "empty body", "---\nid: broken\ntitle: T\nquestions:\n  - q?\n---\n\n", "has no text" },
        { "id not kebab-case", "---\nid: Broken_Id\ntitle: T\nquestions:\n  - q?\n---\nBody.", "lower-case words joined by hyphens" },
        { "bad status", "---\nid: broken\ntitle: T\nstatus: live\nquestions:\n  - q?\n---\nBody.", "'status: live' is not allowed" },
        { "bad type", "---\nid: broken\ntitle: T\ntype: essay\nquestions:\n  - q?\n---\nBody.", "'type: essay' is not allowed" },
        { "no front matter", "Just text.", "no front matter" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_file_is_reported_with_its_line_and_skipped_while_the_others_load(string kind, string content, string expected)
    {
        WriteTopics(_folder);
        _folder.Write("standards/broken.md", content);

        var result = KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions(), Time());

        var problem = Assert.Single(result.Problems, problem => problem.Severity == ProblemSeverity.Error);
        Assert.Equal("standards/broken.md", problem.File);
        Assert.Contains(expected, problem.Message);
        Assert.NotNull(problem.Line);
        Assert.DoesNotContain(result.Articles, article => article.File == "standards/broken.md");
        Assert.Equal(4, result.Articles.Count);
        _ = kind;
    }

    [Fact]
    public void Problem_line_points_at_the_offending_field_in_the_file()
    {
        _folder.Write("a.md", "---\nid: a\ntitle: T\nreviewed: not-a-date\nquestions:\n  - q?\n---\nBody.");

        var problem = Assert.Single(ArticleProblems(KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions(), Time())));

        Assert.Equal(4, problem.Line);
        Assert.StartsWith("a.md:4: error:", problem.ToString());
    }

    [Fact]
    public void Duplicate_id_keeps_the_first_file_and_reports_the_second()
    {
        WriteTopics(_folder);
        _folder.Write("zz/copy.md", Article("school-access", "Copy", ["q?"], "Body."));

        var result = KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions(), Time());

        var problem = Assert.Single(ArticleProblems(result));
        Assert.Equal("zz/copy.md", problem.File);
        Assert.Contains("already used by standards/education.md", problem.Message);
        Assert.Equal("Access to school", Assert.Single(result.Articles, article => article.Id == "school-access").Title);
    }

    [Fact]
    public void Broken_related_link_is_an_error_but_the_article_is_still_served_without_it()
    {
        _folder.Write("a.md", Article("a", "A", ["q?"], "Body.", "related: [b, gone]"));
        _folder.Write("b.md", Article("b", "B", ["q?"], "Body."));

        var result = KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions(), Time());

        var problem = Assert.Single(ArticleProblems(result));
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("'gone'", problem.Message);
        Assert.Equal(["b"], Assert.Single(result.Articles, article => article.Id == "a").Related);
    }

    [Fact]
    public void Stale_or_missing_review_date_is_only_a_warning()
    {
        _folder.Write("old.md", Article("old", "Old", ["q?"], "Body.").Replace("2026-05-01", "2024-01-01"));
        _folder.Write("never.md", "---\nid: never\ntitle: N\nquestions: [q?]\n---\nBody.");

        var result = KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions { StaleAfterMonths = 12 }, Time());

        Assert.All(result.Problems, problem => Assert.Equal(ProblemSeverity.Warning, problem.Severity));
        Assert.Contains(result.Problems, problem => problem.File == "old.md" && problem.Message.Contains("Not reviewed for more than 12 months"));
        Assert.Contains(result.Problems, problem => problem.File == "never.md" && problem.Message.Contains("No 'reviewed' date"));
        Assert.Equal(2, result.Articles.Count);
    }

    [Fact]
    public void Readme_data_files_and_tests_folder_are_not_articles()
    {
        WriteTopics(_folder);
        _folder.Write("README.md", "# Knowledge folder\n\nFor trainers.");
        _folder.Write("urgent.yml", "article: immigration-detention\nphrases: [bleeding]");
        _folder.Write("contacts.yml", "contacts: {}");
        _folder.Write("tests/notes.md", "not an article");

        var result = KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions(), Time());

        Assert.Empty(result.Problems);
        Assert.Equal(4, result.Articles.Count);
    }

    [Fact]
    public void Procedure_flow_is_kept_raw_for_the_flow_layer()
    {
        _folder.Write("p.md", Article("p", "P", ["q?"], "First paragraph.\n\nDetail.", "type: procedure\nflow:\n  start: ask\n  steps: []"));

        var article = Assert.Single(KnowledgeLoader.Load(_folder.Path, new KnowledgeOptions(), Time()).Articles);

        Assert.Equal(ArticleTypes.Procedure, article.Type);
        var flow = Assert.IsType<YamlDotNet.RepresentationModel.YamlMappingNode>(article.FlowYaml);
        Assert.Equal("ask", flow.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("start")].ToString());
        Assert.Equal(2, article.FrontMatterLine);
        Assert.Equal("First paragraph.", article.ShortAnswer);
    }

    [Fact]
    public void Repository_knowledge_folder_loads_without_errors()
    {
        // Whatever content the repository holds right now must load cleanly (no content yet: nothing to check).
        var folder = KnowledgeFolderLocator.FindRepositoryFolder(AppContext.BaseDirectory);
        if (folder is null)
        {
            return;
        }

        var result = KnowledgeLoader.Load(folder, new KnowledgeOptions(), TimeProvider.System);

        Assert.DoesNotContain(result.Problems, problem => problem.Severity == ProblemSeverity.Error);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Problems of the articles, without the notes about a missing urgent.yml or contacts.yml.</summary>
    private static IEnumerable<KnowledgeProblem> ArticleProblems(KnowledgeLoadResult result) =>
        result.Problems.Where(problem => problem.File is not ("urgent.yml" or "contacts.yml"));
}
