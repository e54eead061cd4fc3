namespace Covage.Conformance.Drivers;

/// <summary>The run's cancellation, put in each scenario's container by the kit's runner.</summary>
internal sealed record RunCancellation(CancellationToken Token);
