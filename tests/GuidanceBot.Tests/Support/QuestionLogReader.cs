using GuidanceBot.Storage;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Support;

/// <summary>Reads the raw question-log documents of a running host, as stored (to check redaction and outcomes).</summary>
public static class QuestionLogReader
{
    public static IReadOnlyList<BsonDocument> Entries(this BotHost host) =>
        host.Services.GetRequiredService<LiteDatabaseProvider>().Database.GetCollection("questions").FindAll().ToList();

    /// <summary>Polls briefly: the turn has replied before every write is visible to another reader.</summary>
    public static async Task<BsonDocument> EntryAsync(this BotHost host, Func<BsonDocument, bool> match)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (host.Entries().FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No matching question-log entry among: {string.Join("; ", host.Entries())}");
    }
}
