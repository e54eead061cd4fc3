namespace Covage.Conformance.Running;

/// <summary>The result of one scenario.</summary>
internal sealed record ScenarioResult(
    ScenarioCase Scenario,
    Outcome Outcome,
    IReadOnlyList<StepResult> Steps,
    TimeSpan Duration,
    string? NotApplicableReason,
    DateTimeOffset StartedAt)
{
    /// <summary>The first failing step's error, if any.</summary>
    public string? FirstError => Steps.FirstOrDefault(s => s.Error is not null && s.Outcome != Outcome.NotApplicable)?.Error;
}
