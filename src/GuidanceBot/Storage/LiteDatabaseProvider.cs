using LiteDB;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Storage;

/// <summary>
/// Owns the one <see cref="LiteDatabase"/> of the process. The file is opened on first use so that a corrupt
/// or locked file is reported clearly (and left untouched) instead of stopping the host from starting.
/// </summary>
public sealed class LiteDatabaseProvider : IDisposable
{
    private const int LiteDbPageSize = 8192;

    private readonly Lazy<LiteDatabase> _database;
    private readonly ILogger<LiteDatabaseProvider> _logger;

    public LiteDatabaseProvider(IOptions<StorageOptions> options, IHostEnvironment environment, ILogger<LiteDatabaseProvider> logger)
        : this(ResolvePath(options.Value.Path, environment.ContentRootPath), logger)
    {
    }

    public LiteDatabaseProvider(string path, ILogger<LiteDatabaseProvider> logger)
    {
        FilePath = path;
        _logger = logger;
        _database = new Lazy<LiteDatabase>(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    public LiteDatabase Database => _database.Value;

    /// <summary>Opens the database if needed and reports whether it can be read.</summary>
    public bool TryCheck(out string? problem)
    {
        try
        {
            _ = Database.GetCollectionNames().ToList();
            problem = null;
            return true;
        }
        catch (Exception ex)
        {
            problem = ex.Message;
            return false;
        }
    }

    public static string ResolvePath(string path, string contentRoot) =>
        System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(contentRoot, path));

    private LiteDatabase Open()
    {
        var folder = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            CheckReadOnly(FilePath);

            // Shared mode: the bot and a command-line export can use the file at the same time.
            var database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Shared });
            try
            {
                _ = database.GetCollectionNames().ToList();
            }
            catch
            {
                database.Dispose();
                throw;
            }

            return database;
        }
        catch (Exception ex)
        {
            _logger.LogCritical(ex,
                "The database file {Path} could not be opened. It has not been changed. If it is damaged, stop the bot, " +
                "move the file aside (or restore a backup) and start again; a new empty database is then created.", FilePath);
            throw new StorageUnavailableException(
                $"The database file '{FilePath}' could not be opened: {ex.Message}. It has not been changed; " +
                "move it aside or restore a backup, then restart.", ex);
        }
    }

    /// <summary>
    /// Checks an existing file read-only before it is opened for writing, so a damaged file fails with a clear
    /// error and is left as it is. LiteDB crops a file whose length is not a whole number of pages (its recovery
    /// from a write cut short); we copy such a file aside first so that nothing is lost even then.
    /// </summary>
    private void CheckReadOnly(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }

        if (new FileInfo(path).Length % LiteDbPageSize != 0)
        {
            var backup = $"{path}.{DateTime.UtcNow:yyyyMMddHHmmss}.bak";
            File.Copy(path, backup, overwrite: false);
            _logger.LogWarning("The database file {Path} ends in an incomplete page; a copy was kept at {Backup} before opening it.", path, backup);
        }

        using var probe = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        _ = probe.GetCollectionNames().ToList();
    }

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }
    }
}
