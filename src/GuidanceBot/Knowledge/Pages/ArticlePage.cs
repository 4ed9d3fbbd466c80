using System.Net;
using System.Text;
using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Knowledge.Pages;

/// <summary>
/// The article as a small self-contained HTML page (no scripts, no CDN): it opens from Teams and web chat on a phone.
/// Everything from the files is encoded; the body is Markdown rendered by Markdig with raw HTML disabled.
/// </summary>
public static class ArticlePage
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.55;margin:0;color:#1b1b1b;background:#fafafa}
        main{max-width:46rem;margin:0 auto;padding:1rem 1.1rem 3rem}
        h1{font-size:1.55rem;line-height:1.25}h2{font-size:1.2rem;margin-top:1.8rem}
        a{color:#0b5cad}.meta{color:#555;font-size:.9rem}.draft{background:#fff3cd;padding:.4rem .6rem;border-radius:4px}
        section{border-top:1px solid #ddd;margin-top:2rem}li{margin:.3rem 0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem}
        """;

    public static string Render(KnowledgeArticle article, KnowledgeSnapshot snapshot)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Encode(article.Title)).Append("</h1>\n");
        if (article.Status == ArticleStatus.Draft)
        {
            html.Append("<p class=\"draft\">Draft: not yet published to staff.</p>\n");
        }

        html.Append("<p class=\"meta\">")
            .Append(article.Reviewed is { } reviewed ? $"Last reviewed {reviewed:yyyy-MM-dd}" : "Not yet reviewed")
            .Append(article.Owner is { } owner ? $" · {Encode(owner)}" : "")
            .Append("</p>\n");
        html.Append("<article>").Append(MarkdownText.ToHtml(article.Body)).Append("</article>\n");
        AppendSources(html, article.Sources);
        AppendRelated(html, article.Related, snapshot);
        return Page(article.Title, html.ToString(), article.Lang);
    }

    public static string NotFound(string id) =>
        Page("Article not found", $"<h1>Article not found</h1>\n<p>There is no published article with the id <code>{Encode(id)}</code>. It may have been renamed or removed; ask the bot your question again.</p>\n", "en");

    private static void AppendSources(StringBuilder html, IReadOnlyList<ArticleSource> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        html.Append("<section><h2>Sources</h2>\n<ul>\n");
        foreach (var source in sources)
        {
            html.Append("<li>");
            html.Append(source.Url is { } url ? $"<a href=\"{Encode(url)}\" rel=\"noopener\">{Encode(source.Title)}</a>" : Encode(source.Title));
            if (source.Ref is { } reference)
            {
                html.Append(", ").Append(Encode(reference));
            }

            html.Append("</li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static void AppendRelated(StringBuilder html, IReadOnlyList<string> related, KnowledgeSnapshot snapshot)
    {
        var served = related.Where(snapshot.Articles.ContainsKey).Select(id => snapshot.Articles[id]).ToList();
        if (served.Count == 0)
        {
            return;
        }

        html.Append("<section><h2>Related</h2>\n<ul>\n");
        foreach (var article in served)
        {
            html.Append($"<li><a href=\"/kb/{Uri.EscapeDataString(article.Id)}\">{Encode(article.Title)}</a></li>\n");
        }

        html.Append("</ul></section>\n");
    }

    private static string Page(string title, string content, string lang) => $"""
        <!DOCTYPE html>
        <html lang="{Encode(lang)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)} · GuidanceBot</title>
        <style>{Style}</style>
        </head>
        <body><main>
        {content}
        </main></body>
        </html>
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
