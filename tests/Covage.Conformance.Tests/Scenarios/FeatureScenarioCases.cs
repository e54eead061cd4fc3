namespace Covage.Conformance.Tests.Scenarios;

/// <summary>
/// Every scenario of features/ is its own test case against the built-in provider, named
/// "feature › scenario [id]". The scenarios are dealt between two test classes
/// (<see cref="FeatureScenarioTests"/>, <see cref="FeatureScenarioMoreTests"/>), each with its own provider
/// and runner: xunit runs the cases of one class one at a time, and two classes side by side.
/// </summary>
internal static class FeatureScenarioCases
{
    public const int Parts = 2;

    /// <summary>The scenarios of part <paramref name="part"/> (0-based), every <see cref="Parts"/>-th in file order.</summary>
    public static TheoryData<string> Part(int part)
    {
        var data = new TheoryData<string>();
        foreach (var (scenario, index) in SuiteFixture.Features.Scenarios.Select((s, i) => (s, i)))
        {
            if (index % Parts == part)
            {
                data.Add(SuiteFixture.CaseName(scenario));
            }
        }

        return data;
    }
}
