using Markdig;
using Markdig.Syntax;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Markdown helpers built on Markdig: the short answer, plain text for search, and safe HTML.</summary>
public static class MarkdownText
{
    /// <summary>Raw HTML in articles is shown as text: trainers write Markdown, and pages must stay safe.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    /// <summary>The first paragraph of the body, in Markdown (the short answer shown in chat).</summary>
    public static string FirstParagraph(string body)
    {
        var document = Markdown.Parse(body, Pipeline);
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        return paragraph is null ? body.Trim() : body.Substring(paragraph.Span.Start, paragraph.Span.Length).Trim();
    }

    /// <summary>The body without Markdown syntax, for indexing.</summary>
    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
