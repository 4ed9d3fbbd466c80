using GuidanceBot.Conversation.Flows;
using GuidanceBot.Conversation.Texts;
using GuidanceBot.Knowledge;
using GuidanceBot.Questions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Conversation;

/// <summary>What a message did to a flow in progress, and whether it should also be answered as a question.</summary>
public sealed record FlowTurn(IReadOnlyList<BotReply> Replies, bool AnswerAsQuestion = false);

/// <summary>
/// Runs the guided procedures of the knowledge base in a conversation: starting, answering, back / restart /
/// cancel / help, resuming after an interruption, and closing idle flows. A flow that is cancelled or expires is
/// recorded in the question log as abandoned, with the step where it stopped.
/// </summary>
public sealed class GuidedProcedures(KnowledgeBase knowledge, AnswerRecognizer recognizer, QuestionRecorder recorder, TimeProvider time, IOptions<FlowOptions> options)
{
    public static ReplyChoice GuideMeChoice(string articleId, BotTexts texts) =>
        new(texts.FlowGuideMeButton, texts.FlowGuideMeButton, StartPayload(articleId));

    /// <summary>The procedures that can be walked through step by step, as buttons.</summary>
    public BotReply Menu(BotTexts texts)
    {
        var flows = knowledge.Current.Procedures.Flows.Values.OrderBy(flow => flow.Title, StringComparer.CurrentCulture).ToList();
        return flows.Count == 0
            ? new BotReply(texts.NoGuidedProcedures)
            : new BotReply(texts.ChooseGuidedProcedure) { Choices = flows.Select(flow => new ReplyChoice(flow.Title, flow.Title, StartPayload(flow.Id))).ToList() };
    }

    public async Task<IReadOnlyList<BotReply>> StartAsync(string articleId, UserMessage message, ConversationData data, BotTexts texts, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        if (!snapshot.Procedures.Flows.TryGetValue(articleId, out var flow))
        {
            return [new BotReply(texts.ButtonNoLongerValid)];
        }

        if (data.Flow is { } previous && previous.ProcedureId != articleId)
        {
            await RecordAbandonedAsync(previous, message, cancellationToken);
        }

        var outcome = Runner(snapshot, texts).Start(flow, time.GetUtcNow());
        data.Flow = outcome.State;
        data.LastProcedureId = null;
        return outcome.Replies;
    }

    /// <summary>Closes a flow left idle too long (or whose procedure is gone): recorded as abandoned, with a note.</summary>
    public async Task<BotReply?> CloseIfExpiredAsync(UserMessage message, ConversationData data, BotTexts texts, CancellationToken cancellationToken)
    {
        if (data.Flow is not { } state)
        {
            return null;
        }

        var flow = knowledge.Current.Procedures.Flows.GetValueOrDefault(state.ProcedureId);
        if (flow is not null && !FlowRunner.IsExpired(state, time.GetUtcNow(), options.Value.IdleTimeout))
        {
            return null;
        }

        data.Flow = null;
        await RecordAbandonedAsync(state, message, cancellationToken);
        return new BotReply(string.Format(System.Globalization.CultureInfo.CurrentCulture, texts.FlowExpired, flow?.Title ?? state.ProcedureId));
    }

    /// <summary>Handles a message while a flow is in progress (<see cref="ConversationData.Flow"/> is set).</summary>
    public async Task<FlowTurn> ContinueAsync(UserMessage message, ConversationData data, BotTexts texts, CancellationToken cancellationToken)
    {
        var state = data.Flow ?? throw new InvalidOperationException("No flow is in progress.");
        var snapshot = knowledge.Current;
        var flow = snapshot.Procedures.Flows[state.ProcedureId];
        var runner = Runner(snapshot, texts);
        var now = time.GetUtcNow();
        switch (message.Value is null ? FlowCommands.Parse(message.Text, texts) : FlowCommand.None)
        {
            case FlowCommand.Back:
                return new FlowTurn(runner.Back(state, flow, now).Replies);
            case FlowCommand.Restart:
                return new FlowTurn(runner.Restart(state, flow, now).Replies);
            case FlowCommand.Resume:
                return new FlowTurn(runner.Resume(state, flow, now).Replies);
            case FlowCommand.Help:
                return new FlowTurn(runner.Help(state, flow));
            case FlowCommand.Cancel:
                data.Flow = null;
                await RecordAbandonedAsync(state, message, cancellationToken);
                return new FlowTurn([new BotReply(string.Format(System.Globalization.CultureInfo.CurrentCulture, texts.FlowCancelled, flow.Title))]);
        }

        var outcome = runner.Answer(state, flow, message, now);
        switch (outcome.Kind)
        {
            case FlowOutcomeKind.Finished:
                data.Flow = null;
                return new FlowTurn(outcome.Replies);
            case FlowOutcomeKind.NotAnAnswer:
                return new FlowTurn(outcome.Replies, AnswerAsQuestion: true);
            default:
                data.Flow = outcome.State;
                return new FlowTurn(outcome.Replies);
        }
    }

    /// <summary>"You are in the middle of ...", after an interruption; null when no flow is in progress.</summary>
    public BotReply? ResumeOffer(ConversationData data, BotTexts texts) =>
        data.Flow is { } state && knowledge.Current.Procedures.Flows.TryGetValue(state.ProcedureId, out var flow)
            ? Runner(knowledge.Current, texts).ResumeOffer(flow)
            : null;

    private FlowRunner Runner(KnowledgeSnapshot snapshot, BotTexts texts) => new(snapshot.Procedures.Contacts, texts, recognizer);

    private Task RecordAbandonedAsync(FlowState state, UserMessage message, CancellationToken cancellationToken)
    {
        var title = knowledge.Current.Articles.GetValueOrDefault(state.ProcedureId)?.Title ?? state.ProcedureId;
        var record = new QuestionRecord(title, QuestionOutcome.AbandonedFlow, message.ChannelId, message.Locale, message.ConversationId, message.UserId,
            ArticleId: state.ProcedureId, FlowId: state.ProcedureId, FlowStep: state.CurrentStepId);
        return recorder.RecordAsync(record, cancellationToken);
    }

    private static Dictionary<string, string> StartPayload(string articleId) =>
        new() { [ReplyPayload.Action] = ReplyPayload.StartFlow, [ReplyPayload.ArticleId] = articleId };
}
