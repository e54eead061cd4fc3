using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>Everything the reports say about one run.</summary>
internal sealed record RunReport(
    string TargetName,
    string KitVersion,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    TimeSpan WallTime,
    IReadOnlyList<FeatureFile> Features,
    IReadOnlyList<ScenarioCase> LoadedScenarios,
    IReadOnlyList<ScenarioResult> Results,
    IReadOnlyList<CatalogueRule> Rules,
    string FeaturesSha256,
    string SchemasSha256,
    string? Tags)
{
    public int Passed => Results.Count(r => ResultKind.Of(r) == ResultKind.Passed);

    public int Failed => Results.Count(r => ResultKind.Of(r) == ResultKind.Failed);

    /// <summary>Failed scenarios that break what the pages state.</summary>
    public int FailedDocumented => Results.Count(r => ResultKind.Of(r) == ResultKind.Failed && !ResultKind.ChecksReading(r.Scenario));

    /// <summary>Failed scenarios that only differ from the kit's reading (<c>@interp</c>).</summary>
    public int FailedReading => Failed - FailedDocumented;

    public int NotApplicable => Results.Count(r => ResultKind.Of(r) == ResultKind.NotApplicable);

    /// <summary>The results grouped by feature, in feature order.</summary>
    public IReadOnlyList<(FeatureFile Feature, IReadOnlyList<ScenarioResult> Results)> ByFeature()
    {
        var known = Features.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var groups = Results.GroupBy(r => r.Scenario.FeaturePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<ScenarioResult>)[.. g], StringComparer.Ordinal);
        var list = Features.Where(f => groups.ContainsKey(f.Path)).Select(f => (f, groups[f.Path])).ToList();
        foreach (var (path, results) in groups.Where(g => !known.Contains(g.Key)))
        {
            list.Add((new FeatureFile(results[0].Scenario.FeatureName, path, [], ""), results));
        }

        return list;
    }

    /// <summary>The failures of one verdict grouped by cause, the largest group first.</summary>
    public IReadOnlyList<FailureCause> Causes(string verdict) => FailureCause.Group(Results.Where(r => ResultKind.Of(r) == ResultKind.Failed && ResultKind.FailureVerdict(r) == verdict));

    /// <summary>Why scenarios were not applicable, with how many each reason concerns, the most frequent first.</summary>
    public IReadOnlyList<(string Reason, int Count)> NotApplicableReasons() =>
        [.. Results.Where(r => ResultKind.Of(r) == ResultKind.NotApplicable)
            .GroupBy(r => r.NotApplicableReason ?? "(no reason given)", StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.Ordinal)];

    /// <summary>Rule → scenarios → result, uncovered rules included (not those certify-client judges).</summary>
    public IReadOnlyList<RuleTrace> Traceability() => RuleTrace.Build(Rules, LoadedScenarios, Results);

    /// <summary>The catalogue's client-behaviour rules, judged by certify-client rather than by this run's scenarios.</summary>
    public IReadOnlyList<CatalogueRule> JudgedByCertification() => RuleTrace.JudgedByCertification(Rules, LoadedScenarios);
}
