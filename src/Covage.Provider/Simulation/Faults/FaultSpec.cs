namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// A fault as asked for: what, for whom (an operator, or all), where (a route, or all), and how
/// often (the next <see cref="Count"/> matching requests, a <see cref="Fraction"/> of them, or every one).
/// </summary>
internal sealed record FaultSpec(
    FaultKind Kind,
    string? OperatorUuid,
    FaultRoute? Route,
    TimeSpan Latency,
    int? RetryAfterSeconds,
    int? Count,
    double? Fraction,
    bool Processed);
