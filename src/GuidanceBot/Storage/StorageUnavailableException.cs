namespace GuidanceBot.Storage;

/// <summary>The database file exists but cannot be used (damaged, locked, unreadable).</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
