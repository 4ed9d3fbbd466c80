namespace GuidanceBot.Knowledge.Search;

/// <summary>An article's analysed terms: the "strong" fields (title, questions, tags) and the body.</summary>
public sealed record ArticleTerms(
    KnowledgeArticle Article,
    IReadOnlyList<string> Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Body)
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

        return new ArticleTerms(
            article,
            Analyse(article.Title),
            Analyse(string.Join('\n', article.Questions)),
            Analyse(string.Join('\n', article.Tags)),
            Analyse(Loading.MarkdownText.PlainText(article.Body)));
    }
}
