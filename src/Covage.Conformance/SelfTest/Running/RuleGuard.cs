namespace Covage.Conformance.SelfTest.Running;

/// <summary>One catalogue rule in the selftest: its mutants, or the reason none can exist.</summary>
internal sealed record RuleGuard(string Rule, IReadOnlyList<MutantResult> Mutants, string? NoMutantReason)
{
    public int Caught => Mutants.Count(m => m.Caught);

    /// <summary>At least one mutant, all caught.</summary>
    public bool Guarded => Mutants.Count > 0 && Caught == Mutants.Count;
}
