namespace Covage.Bdd.Tests.Running.Support;

/// <summary>Runs Gherkin text against a chosen set of binding classes.</summary>
internal static class Harness
{
    public static ScenarioRunner Runner(Probe probe, int parallelism = 8, IRunListener? listener = null, params Type[] bindings) =>
        new(new RunOptions
        {
            Services = new Dictionary<Type, object> { [typeof(Probe)] = probe },
            MaxParallelism = parallelism,
            Listener = listener,
        }, bindings);

    public static IReadOnlyList<ScenarioCase> Scenarios(string body, string path = "test.feature") =>
        FeatureSet.Parse(path, "Feature: Test\n\n" + body).Scenarios;

    /// <summary>Runs the first scenario of <paramref name="body"/> (a feature without its "Feature:" line).</summary>
    public static async Task<ScenarioResult> RunAsync(Probe probe, string body, params Type[] bindings)
    {
        var runner = Runner(probe, bindings: bindings);
        return await runner.RunScenarioAsync(Scenarios(body)[0]);
    }
}
