using System.Text.RegularExpressions;

namespace GuidanceBot.Conversation.Flows;

/// <summary>Parses trainers' conditions: <c>step op value</c> joined by <c>and</c>/<c>or</c>, with optional brackets.</summary>
public static partial class FlowConditionParser
{
    /// <summary>Returns the condition, or null with an error worded for a trainer.</summary>
    public static FlowCondition? Parse(string text, out string? error)
    {
        var tokens = Tokenize(text, out error);
        if (tokens is null)
        {
            return null;
        }

        if (tokens.Count == 0)
        {
            error = "the condition is empty";
            return null;
        }

        var position = 0;
        var condition = ParseOr(tokens, ref position, out error);
        if (condition is not null && position < tokens.Count)
        {
            error = $"unexpected '{tokens[position]}'";
            return null;
        }

        return error is null ? condition : null;
    }

    private static FlowCondition? ParseOr(List<string> tokens, ref int position, out string? error)
    {
        var left = ParseAnd(tokens, ref position, out error);
        while (left is not null && position < tokens.Count && tokens[position].Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            position++;
            var right = ParseAnd(tokens, ref position, out error);
            left = right is null ? null : new FlowCondition.Any(left, right);
        }

        return left;
    }

    private static FlowCondition? ParseAnd(List<string> tokens, ref int position, out string? error)
    {
        var left = ParseTerm(tokens, ref position, out error);
        while (left is not null && position < tokens.Count && tokens[position].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            position++;
            var right = ParseTerm(tokens, ref position, out error);
            left = right is null ? null : new FlowCondition.All(left, right);
        }

        return left;
    }

    private static FlowCondition? ParseTerm(List<string> tokens, ref int position, out string? error)
    {
        if (position < tokens.Count && tokens[position] == "(")
        {
            position++;
            var inner = ParseOr(tokens, ref position, out error);
            if (inner is null)
            {
                return null;
            }

            if (position >= tokens.Count || tokens[position] != ")")
            {
                error = "a '(' is not closed with ')'";
                return null;
            }

            position++;
            return inner;
        }

        if (position + 3 > tokens.Count)
        {
            error = "expected a comparison such as 'age < 18' or 'alone == yes'";
            return null;
        }

        var (stepId, op, literal) = (tokens[position], tokens[position + 1], tokens[position + 2]);
        if (!IsWord(stepId) || !IsOperator(op) || IsOperator(literal) || literal is "(" or ")")
        {
            error = $"expected a comparison such as 'age < 18' or 'alone == yes', not '{string.Join(' ', tokens.Skip(position).Take(3))}'";
            return null;
        }

        position += 3;
        error = null;
        return new FlowCondition.Comparison(stepId, op == "=" ? "==" : op, Unquote(literal));
    }

    private static List<string>? Tokenize(string text, out string? error)
    {
        var tokens = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            var match = TokenPattern().Match(rest);
            if (!match.Success)
            {
                error = $"cannot read '{rest}'; use comparisons like 'age < 18' joined with 'and' or 'or'";
                return null;
            }

            tokens.Add(match.Groups[1].Value);
            rest = rest[match.Length..];
        }

        error = null;
        return tokens;
    }

    private static bool IsOperator(string token) => token is "==" or "=" or "!=" or "<" or "<=" or ">" or ">=";

    private static bool IsWord(string token) => WordPattern().IsMatch(token);

    private static string Unquote(string token) =>
        token.Length >= 2 && (token[0] is '"' or '\'') && token[^1] == token[0] ? token[1..^1] : token;

    [GeneratedRegex("""^\s*("[^"]*"|'[^']*'|==|!=|<=|>=|<|>|=|\(|\)|[\p{L}\p{N}_.\-]+)\s*""")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[\p{L}\p{N}_\-]+$")]
    private static partial Regex WordPattern();
}
