using GuidanceBot.Conversation.Flows;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversation.Flows;

/// <summary>Front matter line n is file line n + 1 (after the opening '---'): the step 'alone' is on file line 8.</summary>
public sealed class FlowParserTests
{
    private const string Valid = """
        id: referral-test
        title: Test referral
        type: procedure
        flow:
          start: alone
          steps:
            - id: alone
              ask: Is the child travelling alone?
              choices:
                - { label: "Yes, alone", value: yes, goto: age }
                - { label: "No", goto: age }
            - id: age
              ask: How old is the child?
              expect: age
              branches:
                - { when: "age < 18", goto: child }
                - { otherwise: true, goto: done }
            - id: child
              say: Treat them as a child.
              next: done
            - id: done
              checklist:
                - "Refer to [LOCAL: child protection authority contact]"
                - text: Ask for a guardian
                  when: "alone == yes and age < 18"
        """;

    private static KnowledgeProblem Error(string frontMatter, string fragment)
    {
        var result = FlowParser.Parse(FlowArticles.FromFrontMatter(frontMatter));
        Assert.Null(result.Flow);
        var problem = result.Problems.FirstOrDefault(problem => problem.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.True(problem is not null, $"No problem containing '{fragment}' in:\n{string.Join('\n', result.Problems)}");
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal("procedures/test.md", problem.File);
        return problem;
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    [Fact]
    public void A_valid_flow_parses_without_problems()
    {
        var result = FlowParser.Parse(FlowArticles.FromFrontMatter(Valid));

        Assert.Empty(result.Problems);
        var flow = Assert.IsType<FlowDefinition>(result.Flow);
        Assert.Equal(("referral-test", "alone", 4), (flow.Id, flow.StartStepId, flow.Steps.Count));
        Assert.Equal(["yes", "No"], flow.Find("alone")!.Choices.Select(choice => choice.Value));
        Assert.Equal(AnswerKind.Age, flow.Find("age")!.Expect);
        Assert.Equal(FlowStepKind.Information, flow.Find("child")!.Kind);
        Assert.Equal(8, flow.Find("alone")!.Line);
    }

    [Fact]
    public void An_article_without_a_flow_has_no_flow_and_no_problems()
    {
        var result = FlowParser.Parse(FlowArticles.FromFrontMatter("id: x\ntitle: X\ntype: procedure\n"));

        Assert.Equal((null, 0), (result.Flow, result.Problems.Count));
    }

    [Fact]
    public void Unknown_step_in_goto_is_an_error_on_its_line() =>
        Assert.Equal(12, Error(Replace("{ label: \"No\", goto: age }", "{ label: \"No\", goto: agee }"), "no step with the id 'agee'").Line);

    [Fact]
    public void Unknown_start_step_is_an_error_on_its_line() =>
        Assert.Equal(6, Error(Replace("start: alone", "start: begin"), "no step with the id 'begin'").Line);

    [Fact]
    public void Unknown_next_step_is_an_error_on_its_line() =>
        Assert.Equal(21, Error(Replace("next: done", "next: finish"), "no step with the id 'finish'").Line);

    [Fact]
    public void Unreachable_step_is_an_error_on_its_line() =>
        Assert.Equal(19, Error(Replace("when: \"age < 18\", goto: child", "when: \"age < 18\", goto: done"), "'child' can never be reached").Line);

    [Fact]
    public void Loop_without_an_exit_is_an_error()
    {
        var looping = Replace("{ label: \"No\", goto: age }", "{ label: \"No\", goto: age }\n        - { label: \"Other\", goto: trap }")
            .Replace("    - id: done", "    - id: trap\n      say: Around we go.\n      next: again\n    - id: again\n      ask: Again?\n      choices: [{ label: \"Yes\", goto: trap }]\n    - id: done");

        var problem = Error(looping, "loop that never reaches a checklist");

        Assert.Equal(23, problem.Line);
        Assert.Contains("'trap', 'again'", problem.Message);
    }

    [Fact]
    public void A_loop_with_an_exit_is_fine()
    {
        var retry = Replace("{ label: \"No\", goto: age }", "{ label: \"No\", goto: age }\n        - { label: \"Ask again\", goto: alone }");

        Assert.NotNull(FlowArticles.Flow(retry));
    }

    [Fact]
    public void A_choice_without_goto_is_an_error_on_its_line() =>
        Assert.Equal(12, Error(Replace("{ label: \"No\", goto: age }", "{ label: \"No\" }"), "does not say where to go").Line);

    [Fact]
    public void A_choice_without_goto_is_fine_when_the_step_has_next()
    {
        var withNext = Replace("{ label: \"No\", goto: age }", "{ label: \"No\" }").Replace("  ask: Is the child travelling alone?", "  ask: Is the child travelling alone?\n      next: age");

        Assert.Equal("age", FlowArticles.Flow(withNext).Find("alone")!.Next!.StepId);
    }

    [Fact]
    public void A_typed_question_without_a_way_forward_is_an_error_on_its_line() =>
        Assert.Equal(13, Error(Replace("        - { otherwise: true, goto: done }\n", ""), "no way forward when no branch matches").Line);

    [Fact]
    public void A_question_without_choices_or_expect_is_an_error() =>
        Assert.Equal(13, Error(Replace("      expect: age\n", ""), "gives no way to answer").Line);

    [Fact]
    public void Duplicate_step_ids_are_an_error_on_the_second() =>
        Assert.Equal(19, Error(Replace("- id: child", "- id: age"), "two steps have the id 'age'").Line);

    [Fact]
    public void Bad_condition_syntax_is_an_error_on_its_line() =>
        Assert.Equal(17, Error(Replace("when: \"age < 18\"", "when: \"age is under 18\""), "is not valid").Line);

    [Fact]
    public void Condition_on_an_unknown_step_is_an_error_on_its_line() =>
        Assert.Equal(17, Error(Replace("when: \"age < 18\"", "when: \"years < 18\""), "uses 'years'").Line);

    [Fact]
    public void Condition_on_a_value_no_choice_has_is_an_error_on_its_line() =>
        Assert.Equal(25, Error(Replace("alone == yes", "alone == maybe"), "no choice with the value 'maybe'").Line);

    [Fact]
    public void Ordering_a_choice_answer_is_an_error() =>
        Assert.Equal(25, Error(Replace("alone == yes", "alone > 3"), "only works on ages, numbers and dates").Line);

    [Fact]
    public void Comparing_an_age_with_a_word_is_an_error() =>
        Assert.Equal(17, Error(Replace("when: \"age < 18\"", "when: \"age < adult\""), "cannot be compared").Line);

    [Fact]
    public void Unknown_kind_of_expected_answer_is_an_error_on_its_line() =>
        Assert.Equal(15, Error(Replace("expect: age", "expect: years"), "unknown kind of answer").Line);

    [Fact]
    public void A_misspelt_key_is_an_error_on_its_line() =>
        Assert.Equal(20, Error(Replace("say: Treat them as a child.", "sya: Treat them as a child."), "'sya' is not something a step can have").Line);

    [Fact]
    public void A_flow_without_a_checklist_has_no_end() =>
        Error(Valid[..Valid.IndexOf("      checklist:", StringComparison.Ordinal)] + "      say: The end.\n      next: child\n", "the flow has no end");

    [Fact]
    public void An_unquoted_text_with_a_colon_gets_a_hint_to_quote_it() =>
        Assert.Equal(24, Error(Replace("- \"Refer to [LOCAL: child protection authority contact]\"", "- Refer to [LOCAL: child protection authority contact]"), "double quotes").Line);

    [Fact]
    public void A_flow_in_an_article_that_is_not_a_procedure_is_an_error() =>
        Error(Replace("type: procedure", "type: article"), "only procedures can have a flow");

    [Theory]
    [InlineData("age < 18", true)]
    [InlineData("age >= 18", false)]
    [InlineData("age <= 15 and alone == yes", true)]
    [InlineData("age > 15 or alone = \"Yes\"", true)]
    [InlineData("(age > 15 or alone != yes) and age < 18", false)]
    [InlineData("arrival < 2024-03-13", true)]
    [InlineData("missing == yes", false)]
    public void Conditions_compare_answers(string text, bool expected)
    {
        var condition = FlowConditionParser.Parse(text, out var error);
        Assert.Null(error);

        Assert.Equal(expected, condition!.Holds(new Dictionary<string, string> { ["age"] = "15", ["alone"] = "yes", ["arrival"] = "2024-03-12" }));
    }

    [Theory]
    [InlineData("age <")]
    [InlineData("age < 18 and")]
    [InlineData("(age < 18")]
    [InlineData("age < 18 )")]
    [InlineData("age ~ 18")]
    [InlineData("")]
    public void Malformed_conditions_say_what_is_wrong(string text)
    {
        Assert.Null(FlowConditionParser.Parse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
