namespace Covage.Conformance.Running;

/// <summary>The result of one step (or of a hook that failed, with the hook as its step).</summary>
internal sealed record StepResult(ScenarioStep Step, Outcome Outcome, TimeSpan Duration, string? Error, IReadOnlyList<Attachment> Attachments);
