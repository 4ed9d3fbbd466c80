using System.Globalization;

namespace GuidanceBot.Conversation.Flows;

/// <summary>
/// A condition on earlier answers, written by trainers as <c>age &lt; 18</c>, <c>alone == yes</c>, or several such
/// comparisons joined with <c>and</c> / <c>or</c> (and brackets). Each comparison names a question step's id.
/// </summary>
public abstract record FlowCondition
{
    /// <summary>The comparisons inside, for validation against the flow's steps.</summary>
    public abstract IEnumerable<Comparison> Comparisons { get; }

    /// <summary>True when the answers satisfy the condition; a comparison on an unanswered step is false.</summary>
    public abstract bool Holds(IReadOnlyDictionary<string, string> answers);

    public sealed record All(FlowCondition Left, FlowCondition Right) : FlowCondition
    {
        public override IEnumerable<Comparison> Comparisons => Left.Comparisons.Concat(Right.Comparisons);
        public override bool Holds(IReadOnlyDictionary<string, string> answers) => Left.Holds(answers) && Right.Holds(answers);
    }

    public sealed record Any(FlowCondition Left, FlowCondition Right) : FlowCondition
    {
        public override IEnumerable<Comparison> Comparisons => Left.Comparisons.Concat(Right.Comparisons);
        public override bool Holds(IReadOnlyDictionary<string, string> answers) => Left.Holds(answers) || Right.Holds(answers);
    }

    public sealed record Comparison(string StepId, string Operator, string Literal) : FlowCondition
    {
        public bool IsOrdering => Operator is "<" or "<=" or ">" or ">=";

        public override IEnumerable<Comparison> Comparisons => [this];

        public override bool Holds(IReadOnlyDictionary<string, string> answers)
        {
            if (!answers.TryGetValue(StepId, out var answer))
            {
                return false;
            }

            if (Operator is "==" or "!=")
            {
                var equal = Equal(answer, Literal);
                return Operator == "==" ? equal : !equal;
            }

            var order = Compare(answer, Literal);
            return order is { } o && Operator switch
            {
                "<" => o < 0,
                "<=" => o <= 0,
                ">" => o > 0,
                _ => o >= 0,
            };
        }

        private static bool Equal(string answer, string literal) =>
            Compare(answer, literal) is { } order ? order == 0 : AnswerText.Normalize(answer) == AnswerText.Normalize(literal);

        /// <summary>Numbers compare as numbers and ISO dates as dates; anything else cannot be ordered.</summary>
        private static int? Compare(string answer, string literal)
        {
            if (TryNumber(answer, out var a) && TryNumber(literal, out var b))
            {
                return a.CompareTo(b);
            }

            if (TryDate(answer, out var da) && TryDate(literal, out var db))
            {
                return da.CompareTo(db);
            }

            return null;
        }
    }

    internal static bool TryNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number);

    internal static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
