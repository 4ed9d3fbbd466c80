using Microsoft.Extensions.Options;

namespace GuidanceBot.Questions;

/// <summary>
/// Deletes questions older than <see cref="QuestionLogOptions.RetentionDays"/>: once at start-up, then every day.
/// A failure is logged and retried the next day; it never stops the bot.
/// </summary>
public sealed class QuestionRetentionService(
    LiteDbQuestionLog log,
    IOptions<QuestionLogOptions> options,
    TimeProvider time,
    ILogger<QuestionRetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DeleteExpired();
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Deletes the expired entries now; returns how many, or -1 when the database could not be used.</summary>
    public int DeleteExpired()
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        try
        {
            var deleted = log.DeleteOlderThan(cutoff);
            if (deleted > 0)
            {
                logger.LogInformation("Deleted {Count} questions asked before {Cutoff:u} (kept for {Days} days).", deleted, cutoff, options.Value.RetentionDays);
            }

            return deleted;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Expired questions could not be deleted; trying again in {Interval}.", Interval);
            return -1;
        }
    }
}
