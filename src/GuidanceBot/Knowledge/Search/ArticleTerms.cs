namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// An article's analysed terms: the "strong" fields (title, questions, tags), the body, and each phrasing (the title
/// and every question line) on its own, because a question usually restates one phrasing, not the whole article.
/// </summary>
public sealed record ArticleTerms(
    KnowledgeArticle Article,
    IReadOnlyList<string> Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Body,
    IReadOnlyList<HashSet<string>> Phrasings)
{
    public HashSet<string> Strong { get; } = [.. Title, .. Questions, .. Tags];

    public HashSet<string> BodySet { get; } = [.. Body];

    public static ArticleTerms From(KnowledgeArticle article, TextAnalysis analysis, Dictionary<string, int> stemCounts)
    {
        IReadOnlyList<string> Analyse(string text)
        {
            var stems = analysis.Stems(text);
            foreach (var stem in stems)
            {
                stemCounts[stem] = stemCounts.GetValueOrDefault(stem) + 1;
            }

            return analysis.Terms(stems);
        }

        var title = Analyse(article.Title);
        var questions = article.Questions.Select(Analyse).ToList();
        return new ArticleTerms(
            article,
            title,
            [.. questions.SelectMany(terms => terms)],
            Analyse(string.Join('\n', article.Tags)),
            Analyse(Loading.MarkdownText.PlainText(article.Body)),
            [[.. title], .. questions.Where(terms => terms.Count > 0).Select(terms => new HashSet<string>(terms, StringComparer.Ordinal))]);
    }
}
