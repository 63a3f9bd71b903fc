namespace Reporting.Web.Access;

/// <summary>Slows down password guessing: after <see cref="MaxFailures"/> failed sign-ins within <see cref="Window"/>
/// for one user name, or from one client address, further attempts for it are refused until the oldest of those
/// failures is older than the window. A successful sign-in clears the user name's failures (not the address's).</summary>
internal sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Keys kept at most; beyond that, keys whose failures have all expired are dropped.</summary>
    private const int MaxKeys = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long the caller must wait before it may try again, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string user, string? address)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var wait = new[] { Wait(UserKey(user), now), Wait(AddressKey(address), now) }.Max();
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    public void Failed(string user, string? address)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_failures.Count >= MaxKeys)
            {
                Prune(now);
            }
            Add(UserKey(user), now);
            Add(AddressKey(address), now);
        }
    }

    public void Succeeded(string user)
    {
        lock (_lock)
        {
            _failures.Remove(UserKey(user));
        }
    }

    private TimeSpan Wait(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            return TimeSpan.Zero;
        }
        Expire(times, now);
        return times.Count >= MaxFailures ? times.Peek() + Window - now : TimeSpan.Zero;
    }

    private void Add(string key, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var times))
        {
            _failures[key] = times = new Queue<DateTimeOffset>();
        }
        Expire(times, now);
        times.Enqueue(now);
        while (times.Count > MaxFailures)
        {
            times.Dequeue();
        }
    }

    private static void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now)
        {
            times.Dequeue();
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, times) in _failures.ToList())
        {
            Expire(times, now);
            if (times.Count == 0)
            {
                _failures.Remove(key);
            }
        }
    }

    private static string UserKey(string user) => "user:" + user.ToLowerInvariant();

    private static string AddressKey(string? address) => "address:" + (address ?? "unknown");
}
