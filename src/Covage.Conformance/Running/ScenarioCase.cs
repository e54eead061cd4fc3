namespace Covage.Conformance.Running;

/// <summary>
/// One runnable scenario (an outline row is one case). <see cref="Id"/> is stable:
/// <c>path:line</c>, plus <c>:row-line</c> for outline rows.
/// </summary>
internal sealed record ScenarioCase(
    string Id,
    string Name,
    string FeatureName,
    string FeaturePath,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScenarioStep> Steps,
    string? ExamplesName)
{
    /// <summary>The compiled feature the scenario comes from and its pickle's index there (what the runtime needs); null for hand-made cases.</summary>
    /// <remarks>Not in run.json: a merged report only needs what the scenario says, not how to run it.</remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public CompiledFeature? Source { get; init; }

    public int PickleIndex { get; init; }

    /// <summary>The <c>Rule:</c> the scenario belongs to, if any.</summary>
    public string? RuleName { get; init; }
}
