namespace Covage.Conformance.SelfTest.Running;

/// <summary>One scenario's verdict, with the first line of its failure.</summary>
internal sealed record ScenarioOutcome(SuiteScenario Scenario, Verdict Verdict, string? Failure);
