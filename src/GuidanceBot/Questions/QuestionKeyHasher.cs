using System.Security.Cryptography;
using System.Text;
using GuidanceBot.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Questions;

/// <summary>
/// Turns conversation and user ids into pseudonymous keys (HMAC-SHA256): the same id always gives the same key, so
/// questions of one conversation can be grouped, but the id cannot be recovered or guessed by hashing candidates
/// without the secret.
/// </summary>
public sealed class QuestionKeyHasher
{
    internal const string SettingsCollection = "settings";
    internal const string GeneratedKeyId = "questionlog-hash-key";

    private readonly Lazy<byte[]> _key;

    public QuestionKeyHasher(IOptions<QuestionLogOptions> options, LiteDatabaseProvider database)
    {
        var configured = options.Value.HashKey;
        _key = new Lazy<byte[]>(
            () => string.IsNullOrEmpty(configured) ? LoadOrCreateKey(database.Database) : Encoding.UTF8.GetBytes(configured),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Hash(string id)
    {
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(id));
        return Convert.ToHexStringLower(mac);
    }

    private static byte[] LoadOrCreateKey(LiteDatabase database)
    {
        var settings = database.GetCollection(SettingsCollection);
        if (settings.FindById(GeneratedKeyId) is { } existing)
        {
            return Convert.FromBase64String(existing["Value"].AsString);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        // Insert, not upsert: if another process (a CLI export) created the key meanwhile, theirs wins and we use it.
        try
        {
            settings.Insert(new BsonDocument { ["_id"] = GeneratedKeyId, ["Value"] = Convert.ToBase64String(key) });
            return key;
        }
        catch (LiteException)
        {
            return Convert.FromBase64String(settings.FindById(GeneratedKeyId)["Value"].AsString);
        }
    }
}
