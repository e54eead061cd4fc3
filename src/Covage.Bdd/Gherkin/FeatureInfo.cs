namespace Covage.Bdd;

/// <summary>A feature file: its name, relative path, tags and description.</summary>
public sealed record FeatureInfo(string Name, string Path, IReadOnlyList<string> Tags, string Description);
