namespace GuidanceBot.Conversation.Flows;

/// <summary>
/// Builds the Recognizers.Text models in the background at start-up (about a second for dates), so that the first
/// officer who types an age or a date does not wait for it.
/// </summary>
public sealed class RecognizerWarmUp(TimeProvider time, ILogger<RecognizerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            AnswerRecognizer.WarmUp(time.GetUtcNow());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not warm up the answer recognizers; the first typed answer will be slower");
        }
    }, stoppingToken);
}
