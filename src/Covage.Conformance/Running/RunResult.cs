namespace Covage.Conformance.Running;

/// <summary>The results of a run, in the order the scenarios were given.</summary>
internal sealed record RunResult(IReadOnlyList<ScenarioResult> Scenarios, TimeSpan Duration);
