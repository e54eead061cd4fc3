namespace Covage.Provider.Simulation.Faults;

/// <summary>What a fault does to a matching request.</summary>
internal enum FaultKind
{
    /// <summary>Waits before serving the request.</summary>
    Latency,

    /// <summary>Answers 429 with <c>Retry-After</c> without serving it.</summary>
    Throttle,

    /// <summary>Answers 503 in the error envelope without serving it.</summary>
    Unavailable,

    /// <summary>Closes the connection without an answer (after serving the request, unless told otherwise).</summary>
    Drop,
}
