namespace Covage.Conformance.Certification;

/// <summary>
/// A rule the certification judges, by its ID. Its statement and source are the rule catalogue's
/// (features/RULES.md), read through <see cref="RuleBook"/>: the catalogue is their one source.
/// </summary>
internal sealed record ClientRule(string Id);
