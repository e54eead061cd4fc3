namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// The recorded traffic, oldest first, numbered in the order answers were completed. Bounded: the
/// oldest entries go when there are more than <see cref="MaxEntries"/> or their bodies weigh more
/// than <see cref="MaxWeight"/>.
/// </summary>
internal sealed class TrafficLog
{
    public const int MaxEntries = 10_000;

    public const long MaxWeight = 64L * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Queue<TrafficEntry> _entries = new();
    private long _weight;
    private long _last;
    private int _inFlight;

    /// <summary>Calls being served, not yet recorded: a reader that must see everything waits for 0.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public void Begin() => Interlocked.Increment(ref _inFlight);

    public void End() => Interlocked.Decrement(ref _inFlight);

    /// <summary>The sequence number of the newest entry (0 when nothing was recorded yet).</summary>
    public long Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    public void Add(Func<long, TrafficEntry> entryWithSequence)
    {
        lock (_gate)
        {
            var entry = entryWithSequence(++_last);
            _entries.Enqueue(entry);
            _weight += entry.Weight;
            while (_entries.Count > MaxEntries || (_weight > MaxWeight && _entries.Count > 1))
            {
                _weight -= _entries.Dequeue().Weight;
            }
        }
    }

    /// <summary>Entries after a sequence number that pass a filter, oldest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<TrafficEntry> After(long after, int limit, Func<TrafficEntry, bool> filter)
    {
        lock (_gate)
        {
            // Readers poll with the last sequence they saw: nothing newer is the common answer, and needs no scan.
            return after >= _last ? [] : [.. _entries.Where(e => e.Sequence > after && filter(e)).Take(limit)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _weight = 0;
        }
    }
}
