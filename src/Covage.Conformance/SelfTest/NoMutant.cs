namespace Covage.Conformance.SelfTest;

/// <summary>A rule of the catalogue for which no black-box mutant can exist, and why.</summary>
internal sealed record NoMutant(string Rule, string Reason);
