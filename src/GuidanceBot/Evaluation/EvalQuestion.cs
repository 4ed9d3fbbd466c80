namespace GuidanceBot.Evaluation;

/// <summary>One line of a regression file: a question and the article ids that may answer it (none: must not be answered).</summary>
public sealed record EvalQuestion(int Line, string Text, IReadOnlyList<string> AcceptableIds)
{
    public bool ShouldBeAnswered => AcceptableIds.Count > 0;
}

/// <summary>What the bot did with one question, read from channelData.guidance of its replies.</summary>
public sealed record EvalObservation(string Outcome, string? ArticleId, IReadOnlyList<string> Candidates, double Confidence);
