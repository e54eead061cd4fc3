namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// The faults in force, in the order they were added: an array replaced whole on every change, so
/// every API call reads it without a lock or a copy (most sandboxes have none).
/// </summary>
internal sealed class FaultBook
{
    private readonly Lock _gate = new();
    private Fault[] _faults = [];
    private int _nextId;

    public IReadOnlyList<Fault> All => Volatile.Read(ref _faults);

    public Fault Add(FaultSpec spec)
    {
        lock (_gate)
        {
            var fault = new Fault(++_nextId, spec);
            Volatile.Write(ref _faults, [.. _faults, fault]);
            return fault;
        }
    }

    public bool Remove(int id)
    {
        lock (_gate)
        {
            var before = _faults;
            var kept = Array.FindAll(before, f => f.Id != id);
            Volatile.Write(ref _faults, kept);
            return kept.Length < before.Length;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Volatile.Write(ref _faults, []);
        }
    }

    /// <summary>
    /// The faults that hit this request: every matching latency, then the first matching fault that
    /// answers in the sandbox's place (throttle, unavailable, drop).
    /// </summary>
    public (TimeSpan Latency, Fault? Answer) Hits(string? operatorUuid, string method, string path)
    {
        var latency = TimeSpan.Zero;
        Fault? answer = null;
        foreach (var fault in All)
        {
            if (!fault.Matches(operatorUuid, method, path) || (fault.Spec.Kind != FaultKind.Latency && answer is not null))
            {
                continue;
            }

            if (fault.Hit())
            {
                if (fault.Spec.Kind == FaultKind.Latency)
                {
                    latency += fault.Spec.Latency;
                }
                else
                {
                    answer = fault;
                }
            }
        }

        return (latency, answer);
    }
}
