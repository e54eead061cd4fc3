namespace Covage.Provider;

/// <summary>How to run the reference provider.</summary>
public sealed record ProviderOptions
{
    /// <summary>The value the control API expects in the <c>X-Simulator-Key</c> header.</summary>
    public string SimulatorKey { get; init; } = "sandbox-simulator-key";

    /// <summary>When set, submitted orders move along a realistic lifecycle on their own.</summary>
    public bool Autopilot { get; init; }

    /// <summary>Serve the sandbox web console at <c>/</c>.</summary>
    public bool EnableConsole { get; init; } = true;

    /// <summary>
    /// Record every call to <c>/api/</c> (the console's traffic view, <c>certify-client</c>) and apply the
    /// faults of <c>/_simulator/faults/</c>. The conformance suite's own provider needs neither.
    /// </summary>
    public bool RecordTraffic { get; init; } = true;

    /// <summary>Start of the virtual clock; the system time when the provider is built if unset.</summary>
    public DateTimeOffset? ClockStart { get; init; }

    /// <summary>
    /// Tests only: called inside an order's lock, between reading the order and storing what changes,
    /// so race tests can hold a writer there and make writers meet where a missing lock would let them
    /// interleave. Null (nothing called) outside tests.
    /// </summary>
    internal Action? InsideOrderLock { get; init; }
}
