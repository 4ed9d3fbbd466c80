using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace GuidanceBot.Conversation.Texts;

/// <summary>
/// Everything staff read from the bot, per language, loaded from <c>Conversation/Texts/{lang}.json</c> so that a
/// translation is a file. Missing keys in a language fall back to English.
/// </summary>
public sealed class BotTexts
{
    private static readonly ConcurrentDictionary<string, BotTexts> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public string Welcome { get; init; } = "";
    public IReadOnlyList<string> ExampleQuestions { get; init; } = [];
    public string EmptyMessage { get; init; } = "";
    public string AttachmentOnly { get; init; } = "";
    public string KnowledgeNotLoaded { get; init; } = "";
    public string SomethingWentWrong { get; init; } = "";
    public string MessageTooLong { get; init; } = "";
    public string FromArticle { get; init; } = "";
    public string ReadFullArticle { get; init; } = "";
    public string Helpful { get; init; } = "";
    public string NotHelpful { get; init; } = "";

    public static BotTexts English => For("en");

    /// <summary>The texts for a locale such as "en-US"; English when there is no file for its language.</summary>
    public static BotTexts For(string? locale)
    {
        var language = string.IsNullOrWhiteSpace(locale) ? "en" : locale.Split('-', '_')[0];
        return _byLanguage.GetOrAdd(language, Load);
    }

    private static BotTexts Load(string language)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"GuidanceBot.Texts.{language}.json");
        if (stream is null)
        {
            return language == "en" ? throw new InvalidOperationException("The English texts resource is missing.") : English;
        }

        using (stream)
        {
            return JsonSerializer.Deserialize<BotTexts>(stream, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip })
                ?? throw new InvalidOperationException($"The texts for '{language}' are empty.");
        }
    }
}
