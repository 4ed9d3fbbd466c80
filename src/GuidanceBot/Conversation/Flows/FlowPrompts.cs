using GuidanceBot.Conversation.Texts;

namespace GuidanceBot.Conversation.Flows;

/// <summary>Renders flow steps as replies: questions with answer buttons, information, and the re-prompts.</summary>
internal sealed class FlowPrompts(LocalContacts contacts, BotTexts texts)
{
    public BotReply Question(FlowStep step, FlowState state, string? lead = null)
    {
        var text = contacts.Fill(step.Ask ?? "");
        var choices = step.Choices
            .Select(choice => new ReplyChoice(choice.Label, choice.Label, new Dictionary<string, string>
            {
                [ReplyPayload.Action] = ReplyPayload.FlowAnswer,
                [ReplyPayload.StepId] = step.Id,
                [ReplyPayload.Answer] = choice.Value,
            }))
            .Concat(Affordances(state));
        return new BotReply(lead is null ? text : $"{lead}\n\n{text}") { Choices = choices.ToList() };
    }

    /// <summary>Says what the step can use, keeping only Back and Cancel as buttons (the choices come back later).</summary>
    public BotReply Expectation(FlowStep step, FlowState state)
    {
        var options = string.Join(", ", step.Choices.Select(choice => $"*{choice.Label}*"));
        var text = step.Expect switch
        {
            AnswerKind.Age => texts.FlowExpectAge,
            AnswerKind.Date => texts.FlowExpectDate,
            AnswerKind.Number => texts.FlowExpectNumber,
            AnswerKind.Text => texts.FlowExpectText,
            _ => string.Format(texts.FlowExpectChoice, options),
        };
        if (step.Expect is not null && step.Choices.Count > 0)
        {
            text += " " + string.Format(texts.FlowExpectAlsoChoice, options);
        }

        return new BotReply(text) { Choices = Affordances(state).ToList() };
    }

    public BotReply Information(FlowStep step) => new(contacts.Fill(step.Say ?? ""));

    public BotReply ResumeOffer(FlowDefinition flow) => new(string.Format(texts.FlowResumeOffer, flow.Title))
    {
        Choices = [new ReplyChoice(texts.FlowContinueButton, texts.FlowContinueButton), new ReplyChoice(texts.FlowCancelButton, texts.FlowCancelButton)],
    };

    private IEnumerable<ReplyChoice> Affordances(FlowState state)
    {
        if (state.History.Count > 0)
        {
            yield return new ReplyChoice(texts.FlowBackButton, texts.FlowBackButton);
        }

        yield return new ReplyChoice(texts.FlowCancelButton, texts.FlowCancelButton);
    }
}
