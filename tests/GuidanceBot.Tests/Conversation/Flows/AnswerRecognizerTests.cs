using GuidanceBot.Conversation.Flows;
using Microsoft.Extensions.Time.Testing;

namespace GuidanceBot.Tests.Conversation.Flows;

public sealed class AnswerRecognizerTests
{
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly AnswerRecognizer _recognizer = new();

    private static FlowStep Question(AnswerKind? expect, params string[] labels) => new()
    {
        Id = "q",
        Kind = FlowStepKind.Question,
        Ask = "?",
        Expect = expect,
        Choices = labels.Select(label => new FlowChoice(label, label, null, 1)).ToList(),
    };

    [Theory]
    [InlineData("15", "15")]
    [InlineData("about fifteen", "15")]
    [InlineData("15 y.o.", "15")]
    [InlineData("he says he is 16", "16")]
    [InlineData("16 years old", "16")]
    [InlineData("she is fourteen years old", "14")]
    [InlineData("says 17 but looks about 20", "17")]
    [InlineData("15 or 16", "15")]
    [InlineData("eight months", "0")]
    [InlineData("born in 2010", "16")]
    public void Typed_ages_are_understood(string typed, string expected)
    {
        var answer = _recognizer.Recognize(Question(AnswerKind.Age), typed, _clock.GetUtcNow());

        Assert.Equal(expected, answer?.Value);
    }

    [Theory]
    [InlineData("no idea how old")]
    [InlineData("he is old enough")]
    [InlineData("250")]
    public void Text_without_a_plausible_age_is_not_an_age(string typed)
    {
        Assert.Null(_recognizer.Recognize(Question(AnswerKind.Age), typed, _clock.GetUtcNow()));
    }

    [Theory]
    [InlineData("three days ago", "2026-11-25")]
    [InlineData("yesterday", "2026-11-27")]
    [InlineData("today", "2026-11-28")]
    [InlineData("12 March 2024", "2024-03-12")]
    [InlineData("he arrived on 12 March", "2026-03-12")]
    [InlineData("2 weeks ago", "2026-11-14")]
    public void Typed_dates_are_understood_relative_to_now(string typed, string expected)
    {
        var answer = _recognizer.Recognize(Question(AnswerKind.Date), typed, _clock.GetUtcNow());

        Assert.Equal(expected, answer?.Value);
    }

    [Fact]
    public void Date_answers_move_with_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.Zero));

        var answer = _recognizer.Recognize(Question(AnswerKind.Date), "three days ago", clock.GetUtcNow());

        Assert.Equal("2024-12-30", answer?.Value);
    }

    [Theory]
    [InlineData("Yes, alone", "Yes, alone")]
    [InlineData("yes alone!", "Yes, alone")]
    [InlineData("YEAH", "Yes, alone")]
    [InlineData("yep", "Yes, alone")]
    [InlineData("y", "Yes, alone")]
    [InlineData("correct", "Yes, alone")]
    [InlineData("yes he is", "Yes, alone")]
    [InlineData("nope", "No, with family")]
    [InlineData("n", "No, with family")]
    [InlineData("not really", "No, with family")]
    [InlineData("I don't know", "Not sure")]
    [InlineData("dont know", "Not sure")]
    [InlineData("unsure", "Not sure")]
    [InlineData("maybe", "Not sure")]
    [InlineData("no idea", "Not sure")]
    [InlineData("2", "No, with family")]
    [InlineData("with family", "No, with family")]
    public void Choices_are_understood_when_typed(string typed, string expected)
    {
        var step = Question(null, "Yes, alone", "No, with family", "Not sure");

        Assert.Equal(expected, _recognizer.Recognize(step, typed, _clock.GetUtcNow())?.Display);
    }

    [Theory]
    [InlineData("what is a guardian")]
    [InlineData("4")]
    [InlineData("purple")]
    public void Text_that_is_no_choice_is_not_recognised(string typed)
    {
        var step = Question(null, "Yes, alone", "No, with family", "Not sure");

        Assert.Null(_recognizer.Recognize(step, typed, _clock.GetUtcNow()));
    }

    [Fact]
    public void A_number_answers_an_age_question_as_an_age_not_as_a_choice_number()
    {
        var step = Question(AnswerKind.Age, "Unknown", "Refuses to say");

        Assert.Equal("2", _recognizer.Recognize(step, "2", _clock.GetUtcNow())?.Value);
        Assert.Equal("Unknown", _recognizer.Recognize(step, "don't know", _clock.GetUtcNow())?.Value);
    }
}
