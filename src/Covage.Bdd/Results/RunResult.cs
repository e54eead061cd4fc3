namespace Covage.Bdd;

/// <summary>The results of a run, in the order the scenarios were given.</summary>
public sealed record RunResult(IReadOnlyList<ScenarioResult> Scenarios, TimeSpan Duration);
