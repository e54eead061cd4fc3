namespace Covage.Conformance.Tests.Mutants;

/// <summary>A scenario of features/ and a mutant it must catch, at the step that says so.</summary>
internal sealed record CaughtCase(string Id, Mutant Mutant, string Feature, string Scenario, string FailingStep);
