namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// An active fault and its counters. A fraction is applied deterministically: the n-th matching
/// request is hit when n × fraction crosses a whole number (0.5 hits every second one), so a
/// schedule replays identically.
/// </summary>
internal sealed class Fault(int id, FaultSpec spec)
{
    private readonly Lock _gate = new();

    public int Id => id;

    public FaultSpec Spec => spec;

    public int Seen { get; private set; }

    public int Applied { get; private set; }

    public bool Exhausted
    {
        get
        {
            lock (_gate)
            {
                return spec.Count is { } count && Applied >= count;
            }
        }
    }

    public bool Matches(string? operatorUuid, string method, string path) =>
        (spec.OperatorUuid is null || spec.OperatorUuid == operatorUuid) && (spec.Route is null || spec.Route.Matches(method, path));

    /// <summary>Counts a matching request; true when the fault hits it.</summary>
    public bool Hit()
    {
        lock (_gate)
        {
            if (spec.Count is { } count && Applied >= count)
            {
                return false;
            }

            Seen++;
            var hit = spec.Fraction is not { } f || Math.Floor(Seen * f) > Math.Floor((Seen - 1) * f);
            if (hit)
            {
                Applied++;
            }

            return hit;
        }
    }
}
