using GuidanceBot.Storage;
using GuidanceBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace GuidanceBot.Tests.Storage;

public sealed class LiteDbStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDatabaseProvider _provider;
    private readonly LiteDbStorage _storage;

    public LiteDbStorageTests()
    {
        _provider = new LiteDatabaseProvider(_folder.PathOf("state.db"), NullLogger<LiteDatabaseProvider>.Instance);
        _storage = new LiteDbStorage(_provider);
    }

    [Fact]
    public async Task Reading_missing_keys_returns_nothing_for_them()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["present"] = new Note { Text = "a" } });

        var items = await _storage.ReadAsync(["missing", "present"]);

        Assert.Equal(["present"], items.Keys);
    }

    [Fact]
    public async Task A_batch_write_stores_every_item_with_its_type()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["one"] = new Note { Text = "first" },
            ["two"] = new Dictionary<string, object> { ["count"] = 2L },
        });

        var items = await _storage.ReadAsync(["one", "two"]);

        Assert.Equal("first", Assert.IsType<Note>(items["one"]).Text);
        Assert.Equal(2L, Assert.IsType<Dictionary<string, object>>(items["two"])["count"]);
    }

    [Fact]
    public async Task A_write_with_a_stale_eTag_throws_and_changes_nothing()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v1" } });
        var firstRead = (Note)(await _storage.ReadAsync(["note"]))["note"];
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v2", ETag = firstRead.ETag } });

        var stale = new Note { Text = "v3", ETag = firstRead.ETag };
        await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["note"] = stale }));

        Assert.Equal("v2", ((Note)(await _storage.ReadAsync(["note"]))["note"]).Text);
    }

    [Fact]
    public async Task A_failed_batch_writes_none_of_its_items()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v1" } });
        var stale = new Note { Text = "v2", ETag = "not-the-current-etag" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteAsync(new Dictionary<string, object>
        {
            ["other"] = new Note { Text = "new" },
            ["note"] = stale,
        }));

        Assert.Empty(await _storage.ReadAsync(["other"]));
    }

    [Fact]
    public async Task A_star_eTag_overwrites_whatever_is_stored()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v1" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", ((Note)(await _storage.ReadAsync(["note"]))["note"]).Text);
    }

    [Fact]
    public async Task Without_an_eTag_the_last_write_wins()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v1" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v2" } });

        Assert.Equal("v2", ((Note)(await _storage.ReadAsync(["note"]))["note"]).Text);
    }

    [Fact]
    public async Task Each_write_gives_a_store_item_a_new_eTag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v1" } });
        var first = ((Note)(await _storage.ReadAsync(["note"]))["note"]).ETag;
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "v2", ETag = first } });
        var second = ((Note)(await _storage.ReadAsync(["note"]))["note"]).ETag;

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Delete_removes_the_items_and_ignores_missing_keys()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note(), ["b"] = new Note() });

        await _storage.DeleteAsync(["a", "never-written"]);

        Assert.Equal(["b"], (await _storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_eTag_let_exactly_one_win()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "start" } });
        var eTag = ((Note)(await _storage.ReadAsync(["note"]))["note"]).ETag;

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = $"writer {i}", ETag = eTag } });
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }));

        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task Concurrent_writers_to_different_keys_all_succeed()
    {
        await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            Task.Run(() => _storage.WriteAsync(new Dictionary<string, object> { [$"key-{i}"] = new Note { Text = $"{i}" } }))));

        var items = await _storage.ReadAsync(Enumerable.Range(0, 32).Select(i => $"key-{i}").ToArray());

        Assert.Equal(32, items.Count);
    }

    [Fact]
    public async Task State_survives_reopening_the_file()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "kept" } });
        _provider.Dispose();

        using var reopened = new LiteDatabaseProvider(_folder.PathOf("state.db"), NullLogger<LiteDatabaseProvider>.Instance);
        var items = await new LiteDbStorage(reopened).ReadAsync(["note"]);

        Assert.Equal("kept", ((Note)items["note"]).Text);
    }

    [Fact]
    public async Task A_damaged_file_is_reported_clearly_and_left_untouched()
    {
        var path = _folder.Write("damaged.db", new string('x', 16_384));
        var before = await File.ReadAllBytesAsync(path);
        using var provider = new LiteDatabaseProvider(path, NullLogger<LiteDatabaseProvider>.Instance);

        Assert.False(provider.TryCheck(out var problem));
        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => new LiteDbStorage(provider).ReadAsync(["x"]));

        Assert.Contains("damaged.db", error.Message);
        Assert.NotNull(problem);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_file_cut_short_mid_page_is_copied_aside_before_LiteDB_crops_it()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "kept" } });
        _provider.Dispose();
        var path = _folder.PathOf("state.db");
        await File.AppendAllTextAsync(path, "partial page");
        var before = await File.ReadAllBytesAsync(path);

        using var reopened = new LiteDatabaseProvider(path, NullLogger<LiteDatabaseProvider>.Instance);
        var items = await new LiteDbStorage(reopened).ReadAsync(["note"]);

        Assert.Equal("kept", ((Note)items["note"]).Text);
        var backup = Assert.Single(Directory.GetFiles(_folder.Path, "state.db.*.bak"));
        Assert.Equal(before, await File.ReadAllBytesAsync(backup));
    }

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }

    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";

        public string? ETag { get; set; }
    }
}
