using GuidanceBot.Conversation.Texts;

namespace GuidanceBot.Conversation.Flows;

/// <summary>What a user can say at any point of a flow. The conversation decides what Cancel and Help do.</summary>
public enum FlowCommand
{
    None,
    Back,
    Restart,
    Cancel,
    Help,
    Resume,
}

/// <summary>Recognises the flow commands ("back", "start again", "cancel please"...) from the words in the texts file.</summary>
public static class FlowCommands
{
    public static FlowCommand Parse(string text, BotTexts? texts = null)
    {
        texts ??= BotTexts.English;
        var words = AnswerText.Words(text).Where(word => word != "please").ToArray();
        var input = string.Join(' ', words);
        if (input.Length == 0)
        {
            return FlowCommand.None;
        }

        (FlowCommand Command, IReadOnlyList<string> Words)[] commands =
        [
            (FlowCommand.Back, texts.FlowBackWords), (FlowCommand.Restart, texts.FlowRestartWords), (FlowCommand.Cancel, texts.FlowCancelWords),
            (FlowCommand.Help, texts.FlowHelpWords), (FlowCommand.Resume, texts.FlowResumeWords),
        ];
        return commands.FirstOrDefault(command => command.Words.Any(word => AnswerText.Normalize(word) == input)).Command;
    }
}
