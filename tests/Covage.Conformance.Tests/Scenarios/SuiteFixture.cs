using Covage.Conformance.Running;
using Covage.Conformance.Cli;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Scenarios;

/// <summary>The features of features/ (copied beside the tests) and one built-in target running them, shared by every scenario test.</summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    private static readonly Lazy<FeatureSet> LoadedFeatures = new(() => FeatureSet.Load(FeaturesDirectory));

    public static string FeaturesDirectory => Path.Combine(AppContext.BaseDirectory, "features");

    public static string SchemasDirectory => Path.Combine(AppContext.BaseDirectory, "schemas");

    internal static FeatureSet Features => LoadedFeatures.Value;

    internal TargetContext Target { get; private set; } = null!;

    internal SuiteRunner Runner { get; private set; } = null!;

    /// <summary>"Feature › Scenario [id]": xunit shows it as the case's name; the id in brackets finds the scenario again.</summary>
    internal static string CaseName(ScenarioCase scenario) => $"{scenario.FeatureName} › {scenario.Name} [{scenario.Id}]";

    internal static ScenarioCase Find(string caseName)
    {
        var open = caseName.LastIndexOf('[');
        var id = caseName[(open + 1)..^1];
        return Features.Scenarios.Single(s => s.Id == id);
    }

    public async Task InitializeAsync()
    {
        Target = await TargetFactory.BuiltInAsync(SchemasDirectory);
        Runner = SuiteRunnerFactory.Create(Target);
    }

    public async Task DisposeAsync()
    {
        await Runner.DisposeAsync();
        await Target.DisposeAsync();
    }
}
