using System.Globalization;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;
using Reqnroll;

namespace Covage.Conformance.Tests.Running;

/// <summary>
/// The README's worked example really works: samples/TeamSuite, a team's own Reqnroll project whose
/// reqnroll.json adds the kit to its binding assemblies, runs its features through Reqnroll's own
/// static entry points, exactly as the test classes Reqnroll.xUnit would generate for it do (that
/// package is not served here, so this test makes those calls). The kit's target hook opens the
/// built-in provider, since neither reqnroll.json nor the environment names a target.
/// </summary>
public sealed class TeamProjectTests
{
    [Fact]
    public async Task TeamFeatures_RunThroughReqnrollsOwnEntryPoints_KitAndTeamStepsPass()
    {
        var assembly = typeof(TeamSuite.TeamSteps).Assembly;
        var features = FeatureSet.Load(Path.Combine(AppContext.BaseDirectory, "Features"));
        var errors = new List<string>();

        await TestRunnerManager.OnTestRunStartAsync(assembly);
        try
        {
            foreach (var scenario in features.Scenarios)
            {
                if (await RunAsGeneratedCodeWouldAsync(assembly, scenario) is { } error)
                {
                    errors.Add($"{scenario.Name}: {error}");
                }
            }
        }
        finally
        {
            foreach (var feature in features.Scenarios.Select(s => s.Source!.Info).Distinct())
            {
                await TestRunnerManager.ReleaseFeatureAsync(feature, assembly);
            }

            await TestRunnerManager.OnTestRunEndAsync(assembly);
        }

        Assert.Equal(2, features.Scenarios.Count);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Read_EnvironmentOverReqnrollJson_EnvironmentWins()
    {
        const string json = """{ "bindingAssemblies": [], "covage": { "target": "http://json.example/", "simulatorKey": "from-json" } }""";

        var options = EnvironmentTargetOptions.Read(json, name => name == "COVAGE_TARGET" ? "http://env.example/" : null);

        Assert.Equal("http://env.example/", options.Target);
        Assert.Equal("from-json", options.SimulatorKey);
        Assert.Null(options.Token);
    }

    [Fact]
    public void Read_NothingConfigured_MeansTheBuiltInProvider()
    {
        var options = EnvironmentTargetOptions.Read("""{ "bindingAssemblies": [] }""", _ => null);

        Assert.Null(options.Target);
    }

    private static async Task<string?> RunAsGeneratedCodeWouldAsync(System.Reflection.Assembly assembly, ScenarioCase scenario)
    {
        var feature = scenario.Source!;
        var start = feature.Starts[scenario.PickleIndex];
        var runner = TestRunnerManager.GetTestRunnerForAssembly(assembly, featureHint: feature.Info);
        try
        {
            if (runner.FeatureContext is not null && !ReferenceEquals(runner.FeatureContext.FeatureInfo, feature.Info))
            {
                await runner.OnFeatureEndAsync();
            }

            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(feature.Info);
            }

            runner.OnScenarioInitialize(new ScenarioInfo(start.Title, start.Description, start.Tags, start.Arguments, start.InheritedTags,
                scenario.PickleIndex.ToString(CultureInfo.InvariantCulture)), start.Rule);
            try
            {
                await runner.OnScenarioStartAsync();
                foreach (var (step, kit) in feature.Pickles[scenario.PickleIndex].Steps.Zip(scenario.Steps))
                {
                    var keyword = kit.WrittenKeyword + " ";
                    await (kit.Keyword switch
                    {
                        "When" => runner.WhenAsync(step.Text, step.Argument?.DocString?.Content, null, keyword),
                        "Then" => runner.ThenAsync(step.Text, step.Argument?.DocString?.Content, null, keyword),
                        _ => runner.GivenAsync(step.Text, step.Argument?.DocString?.Content, null, keyword),
                    });
                }

                await runner.CollectScenarioErrorsAsync();
                return null;
            }
            catch (Exception e)
            {
                return e.Message;
            }
            finally
            {
                await runner.OnScenarioEndAsync();
            }
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
    }
}
