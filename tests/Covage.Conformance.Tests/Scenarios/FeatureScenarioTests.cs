namespace Covage.Conformance.Tests.Scenarios;

/// <summary>The first half of the scenarios of features/ (<see cref="FeatureScenarioCases"/>).</summary>
public sealed class FeatureScenarioTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    public static TheoryData<string> Cases() => FeatureScenarioCases.Part(0);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario(string scenario) => ScenarioVerdict.Assert(await suite.Runner.RunScenarioAsync(SuiteFixture.Find(scenario)));
}
