using LiteDB;

namespace GuidanceBot.Questions;

/// <summary>
/// One stored question, as trainers and coordinators review it. Holds no raw personal data: the text is redacted
/// and the conversation/user ids are keyed hashes.
/// </summary>
public sealed class QuestionLogEntry
{
    [BsonId]
    public string Id { get; set; } = "";

    /// <summary>When the question was asked, in UTC.</summary>
    public DateTime Time { get; set; }

    public string Channel { get; set; } = "";

    public string Locale { get; set; } = "";

    public string ConversationKey { get; set; } = "";

    public string UserKey { get; set; } = "";

    /// <summary>The question with personal data replaced by [PHONE], [EMAIL], [ID], [DOB] or [NAME].</summary>
    public string Text { get; set; } = "";

    /// <summary>One of <see cref="QuestionOutcome"/>.</summary>
    public string Outcome { get; set; } = "";

    public string? ArticleId { get; set; }

    public double Confidence { get; set; }

    public List<string> Candidates { get; set; } = [];

    /// <summary>null (no feedback), <see cref="QuestionFeedback.Helpful"/> or <see cref="QuestionFeedback.NotHelpful"/>.</summary>
    public string? Feedback { get; set; }

    public string? FlowId { get; set; }

    public string? FlowStep { get; set; }
}

public static class QuestionFeedback
{
    public const string Helpful = "helpful";
    public const string NotHelpful = "not-helpful";
}
