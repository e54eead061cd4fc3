namespace Covage.Provider.Simulation.Faults;

/// <summary>The faults in force, in the order they were added.</summary>
internal sealed class FaultBook
{
    private readonly Lock _gate = new();
    private readonly List<Fault> _faults = [];
    private int _nextId;

    public IReadOnlyList<Fault> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _faults];
            }
        }
    }

    public Fault Add(FaultSpec spec)
    {
        lock (_gate)
        {
            var fault = new Fault(++_nextId, spec);
            _faults.Add(fault);
            return fault;
        }
    }

    public bool Remove(int id)
    {
        lock (_gate)
        {
            return _faults.RemoveAll(f => f.Id == id) > 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
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
