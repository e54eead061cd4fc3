namespace Covage.Conformance.SelfTest.Running;

/// <summary>A whole selftest: the clean baseline, every mutant's result, the rules without a possible mutant, and the time taken.</summary>
internal sealed record SelfTestResult(
    IReadOnlyList<ScenarioOutcome> BaselineFailures,
    int BaselineScenarios,
    IReadOnlyList<MutantResult> Mutants,
    IReadOnlyList<string> Rules,
    IReadOnlyList<NoMutant> NoMutants,
    DateTimeOffset StartedAt,
    TimeSpan WallTime)
{
    public int Caught => Mutants.Count(m => m.Caught);

    public bool Passed => BaselineFailures.Count == 0 && Mutants.Count > 0 && Caught == Mutants.Count;

    /// <summary>Per catalogue rule: its mutants (a mutant of several rules counts for each).</summary>
    public IReadOnlyList<RuleGuard> ByRule =>
        [.. Rules.Select(rule => new RuleGuard(rule, [.. Mutants.Where(m => m.Mutant.Rules.Contains(rule))], NoMutants.FirstOrDefault(n => n.Rule == rule)?.Reason))];

    /// <summary>Rules with at least one mutant, every one of them caught.</summary>
    public int RulesGuarded => ByRule.Count(r => r.Guarded);
}
