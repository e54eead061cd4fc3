namespace Covage.Conformance.Tests.Mutants;

/// <summary>Each strengthened scenario passes against the built-in provider and fails against the wrong behaviour it targets.</summary>
public sealed class WeakScenarioTests(MutantSuite suite) : IClassFixture<MutantSuite>
{
    public static TheoryData<string> Cases() => [.. CaughtCases.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Scenario_AgainstTheWrongBehaviour_FailsAtItsCheck(string id)
    {
        var test = CaughtCases.Get(id);

        await suite.AssertCaughtAsync(test.Mutant, test.Feature, test.Scenario, test.FailingStep);
    }

    public static TheoryData<string> AllowedCases() => [.. CaughtCases.Allowed.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(AllowedCases))]
    public async Task Scenario_AgainstAnotherAnswerThePagesAllow_Passes(string id)
    {
        var test = CaughtCases.Allowed.Single(c => c.Id == id);

        await suite.AssertAllowedAsync(test.Mutant, test.Feature, test.Scenario);
    }
}
