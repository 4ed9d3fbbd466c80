using System.Globalization;
using LiteDB;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace GuidanceBot.Storage;

/// <summary>
/// The Bot Framework's <see cref="IStorage"/> on LiteDB: each key is one document holding the state as JSON and its eTag.
/// Contract (as the SDK's storages): missing keys are left out of a read; a write of an <see cref="IStoreItem"/> whose
/// eTag is stale throws, "*" overwrites and a missing eTag means last write wins; a batch is written all or nothing.
/// </summary>
public sealed class LiteDbStorage : IStorage
{
    internal const string CollectionName = "bot_state";
    private const string ETagProperty = "ETag";

    private readonly LiteDatabaseProvider _provider;
    private readonly object _writeLock = new();

    public LiteDbStorage(LiteDatabaseProvider provider) => _provider = provider;

    private ILiteCollection<StateDocument> Collection => _provider.Database.GetCollection<StateDocument>(CollectionName);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        var collection = Collection;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = collection.FindById(key);
            if (document is not null)
            {
                var value = JToken.Parse(document.Json).ToObject<object>(StateJson.Serializer);
                if (value is not null)
                {
                    result[key] = value;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        lock (_writeLock)
        {
            var collection = Collection;
            var documents = new List<StateDocument>(changes.Count);
            foreach (var (key, value) in changes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentException.ThrowIfNullOrEmpty(key, nameof(changes));
                var current = collection.FindById(key);
                if (value is IStoreItem item && current is not null && IsStale(item.ETag, current.ETag))
                {
                    throw new InvalidOperationException(
                        $"ETag conflict for '{key}': the item was changed since it was read (expected {item.ETag}, found {current.ETag}).");
                }

                var newETag = NextETag();
                var json = value is null ? JValue.CreateNull() : JToken.FromObject(value, StateJson.Serializer);
                if (value is IStoreItem && json is JObject jsonObject)
                {
                    jsonObject[ETagProperty] = newETag;
                }

                documents.Add(new StateDocument { Id = key, Json = json.ToString(Newtonsoft.Json.Formatting.None), ETag = newETag });
            }

            var database = _provider.Database;
            database.BeginTrans();
            try
            {
                foreach (var document in documents)
                {
                    collection.Upsert(document);
                }

                database.Commit();
            }
            catch
            {
                database.Rollback();
                throw;
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_writeLock)
        {
            var collection = Collection;
            foreach (var key in keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                collection.Delete(key);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsStale(string? expected, string current) =>
        !string.IsNullOrEmpty(expected) && expected != "*" && !string.Equals(expected, current, StringComparison.Ordinal);

    private static string NextETag() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    internal sealed class StateDocument
    {
        [BsonId]
        public string Id { get; set; } = "";

        public string Json { get; set; } = "";

        public string ETag { get; set; } = "";
    }
}
