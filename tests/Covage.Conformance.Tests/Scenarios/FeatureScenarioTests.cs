namespace Covage.Conformance.Tests.Scenarios;

/// <summary>Every scenario of features/ is its own test case against the built-in provider, named "feature › scenario [id]".</summary>
public sealed class FeatureScenarioTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in SuiteFixture.Features.Scenarios)
        {
            data.Add(SuiteFixture.CaseName(scenario));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario(string scenario)
    {
        var result = await suite.Runner.RunScenarioAsync(SuiteFixture.Find(scenario));

        ScenarioVerdict.Assert(result);
    }
}
