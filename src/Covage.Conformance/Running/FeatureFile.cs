namespace Covage.Conformance.Running;

/// <summary>A feature file as the reports show it: its name, path relative to the features folder, tags and description.</summary>
internal sealed record FeatureFile(string Name, string Path, IReadOnlyList<string> Tags, string Description);
