namespace Covage.Conformance.Running;

/// <summary>A step's data table as written, header row first.</summary>
internal sealed record StepTable(IReadOnlyList<IReadOnlyList<string>> RawRows);
