using Covage.Conformance.Cli;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Running;

/// <summary>Runs Data/known.feature against a target, optionally writing Reqnroll's formatter files.</summary>
internal static class KnownRun
{
    public static string FeaturePath => Path.Combine(AppContext.BaseDirectory, "Running", "Data", "known.feature");

    public static FeatureSet Load() => FeatureSet.Parse("kit/known.feature", File.ReadAllText(FeaturePath));

    public static async Task<RunResult> RunAsync(TargetContext target, string? reportDirectory = null)
    {
        await using var runner = SuiteRunnerFactory.Create(target, parallel: 4, reportDirectory: reportDirectory);
        return await runner.RunAsync(Load().Scenarios);
    }

    /// <summary>The built-in provider without its control API (it shares the fixture's HttpClient, so it is never disposed).</summary>
    public static TargetContext WithoutControlApi(TargetContext t) =>
        new(t.Name + " (no control API)", t.BaseAddress, t.Http, t.Fixtures, t.Schemas, null, hasSimulator: false);

    public static ScenarioResult Named(RunResult run, string name) => run.Scenarios.Single(r => r.Scenario.Name == name);
}
