namespace Covage.Conformance.Certification;

/// <summary>A judged rule as the reports show it: its ID, the catalogue's statement and source.</summary>
internal sealed record RuleStatement(string Id, string Statement, string Source);
