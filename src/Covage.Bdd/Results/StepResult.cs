namespace Covage.Bdd;

/// <summary>The result of one step.</summary>
public sealed record StepResult(ScenarioStep Step, Outcome Outcome, TimeSpan Duration, string? Error, IReadOnlyList<Attachment> Attachments);
