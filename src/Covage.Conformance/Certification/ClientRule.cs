namespace Covage.Conformance.Certification;

/// <summary>A behaviour the certification judges, with the published rule or page it rests on.</summary>
internal sealed record ClientRule(string Id, string Statement, string Source);
