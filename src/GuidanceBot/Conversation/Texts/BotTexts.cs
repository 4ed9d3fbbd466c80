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
    public string SomethingWentWrong { get; init; } = "";
    public string MessageTooLong { get; init; } = "";
    public IReadOnlyList<string> GreetingPhrases { get; init; } = [];
    public IReadOnlyList<string> ThanksPhrases { get; init; } = [];
    public IReadOnlyList<string> HelpPhrases { get; init; } = [];
    public string GreetingReply { get; init; } = "";
    public string ThanksReply { get; init; } = "";
    public string HelpReply { get; init; } = "";
    public string DidYouMean { get; init; } = "";
    public string NoneOfTheseButton { get; init; } = "";
    public IReadOnlyList<string> NoneOfThesePhrases { get; init; } = [];
    public string NoneOfTheseReply { get; init; } = "";
    public string NoGuidance { get; init; } = "";
    public string TopicsIntro { get; init; } = "";
    public string FeedbackHelpfulReply { get; init; } = "";
    public string FeedbackNotHelpfulReply { get; init; } = "";
    public string ButtonNoLongerValid { get; init; } = "";
    public string SeeAlsoButton { get; init; } = "";
    public string StartReferralButton { get; init; } = "";
    public IReadOnlyList<string> StartReferralPhrases { get; init; } = [];
    public string ChooseGuidedProcedure { get; init; } = "";
    public string NoGuidedProcedures { get; init; } = "";
    public string UrgentFallback { get; init; } = "";

    public string FlowGuideMeButton { get; init; } = "";
    public string FlowStarted { get; init; } = "";
    public string FlowBackButton { get; init; } = "";
    public string FlowCancelButton { get; init; } = "";
    public string FlowContinueButton { get; init; } = "";
    public string FlowExpectChoice { get; init; } = "";
    public string FlowExpectAlsoChoice { get; init; } = "";
    public string FlowExpectAge { get; init; } = "";
    public string FlowExpectDate { get; init; } = "";
    public string FlowExpectNumber { get; init; } = "";
    public string FlowExpectText { get; init; } = "";
    public string FlowAskAgain { get; init; } = "";
    public string FlowAtFirstStep { get; init; } = "";
    public string FlowRestarted { get; init; } = "";
    public string FlowStaleButton { get; init; } = "";
    public string FlowChanged { get; init; } = "";
    public string FlowResumeOffer { get; init; } = "";
    public string FlowHelp { get; init; } = "";
    public string FlowCancelled { get; init; } = "";
    public string FlowExpired { get; init; } = "";
    public string FlowChecklistHeading { get; init; } = "";
    public string FlowNoChecklistItems { get; init; } = "";
    public string FlowSummaryIntro { get; init; } = "";
    public string FlowSummaryTitle { get; init; } = "";
    public string FlowSummaryDate { get; init; } = "";
    public string FlowSummaryAnswers { get; init; } = "";
    public string FlowSummaryChecklist { get; init; } = "";
    public string FlowSummarySources { get; init; } = "";
    public string FlowAgeDisplay { get; init; } = "";
    public IReadOnlyList<string> FlowYesWords { get; init; } = [];
    public IReadOnlyList<string> FlowNoWords { get; init; } = [];
    public IReadOnlyList<string> FlowUnsureWords { get; init; } = [];
    public IReadOnlyList<string> FlowBackWords { get; init; } = [];
    public IReadOnlyList<string> FlowRestartWords { get; init; } = [];
    public IReadOnlyList<string> FlowCancelWords { get; init; } = [];
    public IReadOnlyList<string> FlowHelpWords { get; init; } = [];
    public IReadOnlyList<string> FlowResumeWords { get; init; } = [];
    public IReadOnlyList<string> FlowQuestionWords { get; init; } = [];
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
