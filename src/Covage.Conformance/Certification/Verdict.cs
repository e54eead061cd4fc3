namespace Covage.Conformance.Certification;

/// <summary>What the judgement found: the findings (oldest call first), the rules it judged, the operations the client exercised.</summary>
internal sealed record Verdict(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> JudgedRules,
    IReadOnlyList<string> Exercised,
    IReadOnlyList<string> Required)
{
    public bool Certified => Findings.Count == 0;

    public IReadOnlyList<Finding> FindingsFor(string rule) => [.. Findings.Where(f => f.Rule == rule)];
}
