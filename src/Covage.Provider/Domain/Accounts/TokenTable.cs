using System.Collections.Concurrent;

namespace Covage.Provider.Domain.Accounts;

/// <summary>
/// The live tokens of one kind (access or refresh) with their user and expiry. Memory stays bounded
/// without a timer: each new token sweeps the expired ones once the injected clock has moved on by
/// <see cref="SweepEvery"/> since the last sweep, and beyond <see cref="Capacity"/> tokens the oldest
/// are forgotten first (their holder gets 401 and logs in again).
/// </summary>
internal sealed class TokenTable(TimeProvider clock, int capacity)
{
    /// <summary>How often, on the sandbox's clock, issuing a token also forgets the expired ones.</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Issue order, for forgetting the oldest first; an item whose entry was replaced or swept is skipped.
    private readonly Queue<(string Token, Entry Entry)> _issued = new();
    private readonly Lock _gate = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public int Capacity => capacity;

    /// <summary>How many tokens are held (expired ones not yet swept included).</summary>
    public int Count => _entries.Count;

    public void Add(string token, User user, DateTimeOffset expires)
    {
        var entry = new Entry(user, expires);
        lock (_gate)
        {
            _entries[token] = entry;
            _issued.Enqueue((token, entry));
            var now = clock.GetUtcNow();
            if (now >= _nextSweep)
            {
                SweepExpired(now);
                _nextSweep = now + SweepEvery;
            }

            while (_issued.Count > capacity)
            {
                var (oldest, oldestEntry) = _issued.Dequeue();
                _entries.TryRemove(KeyValuePair.Create(oldest, oldestEntry));
            }
        }
    }

    /// <summary>The user and expiry of a token, expired or not; null when unknown or forgotten.</summary>
    public (User User, DateTimeOffset Expires)? Find(string token) =>
        _entries.TryGetValue(token, out var entry) ? (entry.User, entry.Expires) : null;

    /// <summary>The user of a token still valid now; one dictionary read on the header's own characters.</summary>
    public User? Valid(ReadOnlySpan<char> token) =>
        _entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var entry) && entry.Expires > clock.GetUtcNow() ? entry.User : null;

    private void SweepExpired(DateTimeOffset now)
    {
        var kept = new List<(string, Entry)>(_issued.Count);
        foreach (var (token, entry) in _issued)
        {
            // Only this very entry: a token registered again since has a newer one, which stays.
            if (entry.Expires <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(token, entry));
            }
            else if (_entries.TryGetValue(token, out var current) && ReferenceEquals(current, entry))
            {
                kept.Add((token, entry));
            }
        }

        _issued.Clear();
        foreach (var item in kept)
        {
            _issued.Enqueue(item);
        }
    }

    // A class, compared by reference: removing (token, entry) never removes a newer entry of the same token.
    private sealed class Entry(User user, DateTimeOffset expires)
    {
        public User User { get; } = user;

        public DateTimeOffset Expires { get; } = expires;
    }
}
