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

    /// <summary>A named one-shot signal, created on first use by whichever side asks first.</summary>
    public TaskCompletionSource Signal(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Completes when <paramref name="count"/> callers have arrived; each caller awaits it.</summary>
    public Task Meet(string name, int count)
    {
        var signal = Signal(name);
        if (_arrivals.AddOrUpdate(name, 1, (_, n) => n + 1) == count)
        {
            signal.SetResult();
        }

        return signal.Task;
    }

    /// <summary>Pairs callers two by two: the first waits for the second.</summary>
    public Task Pair()
    {
        lock (_pairLock)
        {
            if (_waiting is { } partner)
            {
                _waiting = null;
                partner.SetResult();
                return Task.CompletedTask;
            }

            _waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiting.Task;
        }
    }

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private readonly ConcurrentDictionary<string, int> _arrivals = new();
    private readonly Lock _pairLock = new();
    private TaskCompletionSource? _waiting;
}
