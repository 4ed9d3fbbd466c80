namespace GuidanceBot.Questions;

/// <summary>What happened to a question; the same words appear in channelData.guidance.outcome.</summary>
public static class QuestionOutcome
{
    public const string Answered = "answered";
    public const string Ambiguous = "ambiguous";
    public const string Unanswered = "unanswered";
    /// <summary>The user picked "None of these" after a "Did you mean" list.</summary>
    public const string NoneOfThese = "none-of-these";
    public const string Urgent = "urgent";
    public const string SmallTalk = "smalltalk";
    /// <summary>A guided procedure was cancelled or expired before its end.</summary>
    public const string AbandonedFlow = "abandoned-flow";
}
