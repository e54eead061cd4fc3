using Covage.Conformance.Running;
using Covage.Conformance.SchemaValidation;
using Covage.Conformance.SelfTest;
using Covage.Conformance.SelfTest.Interception;
using Covage.Conformance.SelfTest.Running;
using Covage.Conformance.Tests.Scenarios;

namespace Covage.Conformance.Tests.SelfTest;

public sealed class SelfTestRunnerTests
{
    private static readonly Mutant Answers201 = Mutant.Of("CRT-RESPONSE", "test-create-answers-201", "creating answers 201",
        Mutate.Answer(c => c.IsCreate(), (_, r) => r.Ok ? r.WithStatus(201) : null));

    private static readonly Mutant NeverInPlay = Mutant.Of("ORD-ORIGIN", "test-never-in-play", "rewrites a call no scenario makes",
        Mutate.Answer(c => c.Segments is ["api", "nowhere"], (_, r) => r.WithStatus(500)));

    private static readonly Mutant Harmless = Mutant.Of("ORD-ORIGIN", "test-harmless", "adds a header nobody reads",
        Mutate.Answer(c => c.IsV1Create(), (_, r) => r.WithHeader("X-Mutant", "1")));

    [Fact]
    public async Task RunAsync_MutantBreakingARule_IsCaughtByAScenarioCitingIt()
    {
        var result = await Run(SuiteFixture.Features, Answers201);

        var mutant = Assert.Single(result.Mutants);
        Assert.True(mutant.Caught);
        Assert.Contains("@rule:CRT-RESPONSE", mutant.CaughtBy!.Scenario.Tags);
        Assert.Contains("201", mutant.CaughtBy.Failure, StringComparison.Ordinal);
        Assert.True(result.Passed);
    }

    [Fact]
    public async Task RunAsync_MutantThatThrows_IsNotCaughtEvenThoughScenariosFail()
    {
        var throws = Mutant.Of("CRT-RESPONSE", "test-throws", "a bug in the mutant itself", _ => throw new InvalidOperationException("oops"));

        var result = await Run(SuiteFixture.Features, throws);

        var mutant = Assert.Single(result.Mutants);
        Assert.False(mutant.Caught);
        Assert.Equal("the mutant itself broke (InvalidOperationException: oops): fix the mutant", mutant.Why);
    }

    [Fact]
    public async Task RunAsync_MutantNoScenarioReaches_IsNotCaughtAndSaysItNeverCameIntoPlay()
    {
        var result = await Run(SuiteFixture.Features, NeverInPlay);

        var mutant = Assert.Single(result.Mutants);
        Assert.False(mutant.Caught);
        Assert.Equal(0, mutant.Hits);
        Assert.Contains("never came into play", mutant.Why, StringComparison.Ordinal);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task RunAsync_MutantEveryScenarioPasses_IsNotCaughtAndNamesTheScenariosRun()
    {
        var result = await Run(SuiteFixture.Features, Harmless);

        var mutant = Assert.Single(result.Mutants);
        Assert.False(mutant.Caught);
        Assert.True(mutant.Hits > 0);
        Assert.Equal($"all {mutant.Ran.Count} scenario(s) citing ORD-ORIGIN passed against it", mutant.Why);
    }

    [Fact]
    public async Task RunAsync_ScenarioFailingAgainstTheCleanProvider_CatchesNothingAndFailsTheSelftest()
    {
        var broken = FeatureSet.Parse("broken.feature", """
            Feature: A scenario wrong about the clean provider
              @rule:CRT-RESPONSE
              Scenario: creating is said to be refused
                When the operator creates a copper "activate" order for product "AM01"
                Then the request is refused with status 400
            """);

        var result = await Run(broken, Answers201);

        Assert.Single(result.BaselineFailures);
        Assert.False(Assert.Single(result.Mutants).Caught);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task RunAsync_FirstCatch_StopsBeforeRunningEveryScenarioWithTheSameVerdict()
    {
        var full = await Run(SuiteFixture.Features, Answers201);
        var fast = await Run(SuiteFixture.Features, Answers201, firstCatch: true, parallel: 1);

        Assert.True(fast.Mutants[0].Caught);
        Assert.Equal(full.Mutants[0].Ran.Count, fast.Mutants[0].Ran.Count);
        Assert.True(fast.Mutants[0].Executed < full.Mutants[0].Executed, $"{fast.Mutants[0].Executed} of {full.Mutants[0].Executed}");
    }

    [Fact]
    public async Task RunAsync_ByRule_CountsEachRuleOfTheMutantsAndTheReasonsGiven()
    {
        var result = await Run(SuiteFixture.Features, [Answers201, NeverInPlay], [new NoMutant("KIT-NONE", "nothing to break from outside")]);

        var rules = result.ByRule.ToDictionary(r => r.Rule);
        Assert.True(rules["CRT-RESPONSE"].Guarded);
        Assert.False(rules["ORD-ORIGIN"].Guarded);
        Assert.Equal("nothing to break from outside", rules["KIT-NONE"].NoMutantReason);
        Assert.Equal(1, result.RulesGuarded);
    }

    private static Task<SelfTestResult> Run(FeatureSet features, Mutant mutant, bool firstCatch = false, int parallel = 4) =>
        Run(features, [mutant], [], firstCatch, parallel);

    private static async Task<SelfTestResult> Run(FeatureSet features, IReadOnlyList<Mutant> mutants, IReadOnlyList<NoMutant> none, bool firstCatch = false, int parallel = 4)
    {
        var schemas = await SchemaCatalog.LoadAsync(SuiteFixture.SchemasDirectory);
        var runner = new SelfTestRunner(new KitSuiteEngine(features, parallel), schemas, 2, TimeProvider.System, firstCatch);
        return await runner.RunAsync(mutants, ["CRT-RESPONSE", "ORD-ORIGIN", .. none.Select(n => n.Rule)], none, null, CancellationToken.None);
    }
}
