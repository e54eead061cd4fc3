namespace Covage.Bdd;

/// <summary>
/// One runnable scenario (an outline row is one case). <see cref="Id"/> is stable:
/// <c>path:line</c>, plus <c>:row-line</c> for outline rows.
/// </summary>
public sealed record ScenarioCase(
    string Id,
    string Name,
    string FeatureName,
    string FeaturePath,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScenarioStep> Steps,
    string? ExamplesName);
