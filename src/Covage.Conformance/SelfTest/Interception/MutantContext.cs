using System.Collections.Concurrent;
using Covage.Conformance.Targets;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>One mutant's run: what it learnt, the target's fixtures and control key, and how often it changed something.</summary>
internal sealed class MutantContext(Fixtures fixtures, string simulatorKey)
{
    private readonly ConcurrentDictionary<Type, object> _state = new();
    private int _hits;
    private string? _error;

    public TrafficMemory Memory { get; } = new();

    public Fixtures Fixtures { get; } = fixtures;

    public string SimulatorKey { get; } = simulatorKey;

    /// <summary>How many times the mutant changed a request or an answer: zero means it never came into play.</summary>
    public int Hits => Volatile.Read(ref _hits);

    public void Fired() => Interlocked.Increment(ref _hits);

    /// <summary>The first exception the mutant's own code threw, if any: a broken mutant must not count as caught.</summary>
    public string? Error => Volatile.Read(ref _error);

    public void Broke(Exception error) => Interlocked.CompareExchange(ref _error, $"{error.GetType().Name}: {error.Message}", null);

    /// <summary>A mutant's own state for this run (one instance per type).</summary>
    public T State<T>()
        where T : class, new() => (T)_state.GetOrAdd(typeof(T), _ => new T());
}
