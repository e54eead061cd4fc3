using System.Collections.Concurrent;

namespace Covage.Bdd.Tests.Running.Support;

/// <summary>A run-level service the test bindings report to, so tests can see what ran and when.</summary>
internal sealed class Probe
{
    private int _running;
    private int _maxRunning;

    public ConcurrentQueue<string> Events { get; } = new();

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Running => Volatile.Read(ref _running);

    public void Add(string text) => Events.Enqueue(text);

    /// <summary>Marks a scenario as running; returns how many run now, this one included.</summary>
    public int Enter()
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, now, seen) != seen)
        {
        }

        return now;
    }

    public void Leave() => Interlocked.Decrement(ref _running);
}
