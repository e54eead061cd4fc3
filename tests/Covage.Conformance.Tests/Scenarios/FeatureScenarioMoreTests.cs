namespace Covage.Conformance.Tests.Scenarios;

/// <summary>The second half of the scenarios of features/ (<see cref="FeatureScenarioCases"/>).</summary>
public sealed class FeatureScenarioMoreTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    public static TheoryData<string> Cases() => FeatureScenarioCases.Part(1);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario(string scenario) => ScenarioVerdict.Assert(await suite.Runner.RunScenarioAsync(SuiteFixture.Find(scenario)));
}
