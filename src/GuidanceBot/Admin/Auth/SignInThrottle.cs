using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Admin.Auth;

/// <summary>
/// Counts failed sign-ins per account name and per client address; after <see cref="AdminOptions.MaxFailedSignIns"/>
/// failures within <see cref="AdminOptions.LockoutMinutes"/>, sign-in is refused until that window has passed, even
/// with the right password, so guessing is slow.
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<AdminOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLockedOut(string userName, string clientAddress) =>
        Count("user:" + userName) >= options.CurrentValue.MaxFailedSignIns ||
        Count("ip:" + clientAddress) >= options.CurrentValue.MaxFailedSignIns;

    public void RecordFailure(string userName, string clientAddress)
    {
        Add("user:" + userName);
        Add("ip:" + clientAddress);
    }

    public void RecordSuccess(string userName) => _failures.TryRemove("user:" + userName, out _);

    private int Count(string key) =>
        _failures.TryGetValue(key, out var failures) && !Expired(failures) ? failures.Count : 0;

    private void Add(string key) =>
        _failures.AddOrUpdate(key, _ => new Failures(1, time.GetUtcNow()),
            (_, current) => Expired(current) ? new Failures(1, time.GetUtcNow()) : current with { Count = current.Count + 1 });

    private bool Expired(Failures failures) =>
        time.GetUtcNow() - failures.Since > TimeSpan.FromMinutes(options.CurrentValue.LockoutMinutes);

    private sealed record Failures(int Count, DateTimeOffset Since);
}
