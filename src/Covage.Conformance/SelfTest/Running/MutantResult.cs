namespace Covage.Conformance.SelfTest.Running;

/// <summary>What became of one mutant: the scenarios it ran, those that failed against it, and whether it ever came into play.</summary>
internal sealed record MutantResult(Mutant Mutant, IReadOnlyList<SuiteScenario> Ran, IReadOnlyList<ScenarioOutcome> Failed, int Hits, TimeSpan Duration, string? Problem = null)
{
    /// <summary>How many of <see cref="Ran"/> actually ran (fewer when the run stopped at the first catch).</summary>
    public int Executed { get; init; } = Ran.Count;

    public bool Caught => Problem is null && Failed.Count > 0;

    /// <summary>The scenario named as the catcher: the first failing one whose failure is a rule check, else the first failing one.</summary>
    public ScenarioOutcome? CaughtBy =>
        Failed.FirstOrDefault(f => f.Failure is { } text && !text.Contains("[SCHEMA]", StringComparison.Ordinal) && !text.Contains("setup:", StringComparison.Ordinal))
        ?? (Failed.Count > 0 ? Failed[0] : null);

    /// <summary>Why the mutant is not caught, in plain words.</summary>
    public string Why => Problem ?? (Hits == 0
        ? "the mutant never came into play: none of its scenarios sent what it rewrites"
        : $"all {Ran.Count} scenario(s) citing {string.Join(", ", Mutant.Rules)} passed against it");
}
