namespace Covage.Bdd.Running;

/// <summary>A binding that matches a step's text, with the texts it captured.</summary>
internal sealed record StepMatch(StepBinding Binding, IReadOnlyList<string> Captures);
