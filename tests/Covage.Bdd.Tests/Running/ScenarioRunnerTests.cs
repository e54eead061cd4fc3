namespace Covage.Bdd.Tests.Running;

public sealed class ScenarioRunnerTests
{
    private readonly Journal _journal = new();

    private ScenarioRunner Runner(int parallelism = 8) => new(new RunOptions
    {
        BindingAssemblies = [typeof(ScenarioRunnerTests).Assembly],
        Services = new Dictionary<Type, object> { [typeof(Journal)] = _journal },
        MaxParallelism = parallelism,
    });

    private async Task<ScenarioResult> RunAsync(string scenarioText, string header = "")
    {
        var feature = FeatureSet.Parse("test.feature", $"{header}Feature: Fruit\n\n{scenarioText}");
        return (await Runner().RunAsync(feature.Scenarios)).Scenarios[0];
    }

    [Fact]
    public async Task Run_ExpressionsTablesAndAsyncSteps_Pass()
    {
        var result = await RunAsync("""
            Scenario: eat
              Given a basket with 3 apples
              And a fruit named "kiwi"
              When I eat 2
              Then the fruits are:
                | fruit |
                | apples |
                | kiwi  |
            """);

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["Given", "Given", "When", "Then"], result.Steps.Select(s => s.Step.Keyword));
        Assert.Equal("2", Assert.Single(result.Steps[2].Attachments).Content);
    }

    [Fact]
    public async Task Run_FailingStep_FailsAndSkipsTheRest()
    {
        var result = await RunAsync("""
            Scenario: too many
              Given a basket with 1 apple
              Then the basket holds 5
              And the basket holds 1
            """);

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal([Outcome.Passed, Outcome.Failed, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
        Assert.Contains("expected 5, found 1", result.Steps[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UndefinedStep_SuggestsABinding()
    {
        var result = await RunAsync("""
            Scenario: unknown
              Given a basket with 2 pears
              When I juggle 3 "melons"
            """);

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal(Outcome.Undefined, result.Steps[1].Outcome);
        Assert.Contains("test.feature:5", result.Steps[1].Error, StringComparison.Ordinal);
        Assert.Contains("[When(\"I juggle {int} {string}\")]", result.Steps[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AmbiguousStep_NamesEveryCandidate()
    {
        var result = await RunAsync("Scenario: twice\n  Given twice bound\n");

        Assert.Equal(Outcome.Ambiguous, result.Steps[0].Outcome);
        Assert.Contains("TwiceA", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("TwiceB", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NotApplicable_IsNeverPassed()
    {
        var result = await RunAsync("Scenario: none\n  Given this target has no fruit\n  Then the basket holds 0\n");

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.Equal("no fruit on this target", result.NotApplicableReason);
        Assert.Equal([Outcome.NotApplicable, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
    }

    [Fact]
    public async Task Run_CustomParameterTypeAndAlternativesAndEnums_Pass()
    {
        var result = await RunAsync("Scenario: kinds\n  Given a red label\n  And an exotic kind of fruit: blood-orange\n  And a sweet kind of fruit: Apple\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Contains("label RED", _journal.Entries);
        Assert.Contains("exotic:BloodOrange", _journal.Entries);
        Assert.Contains("sweet:Apple", _journal.Entries);
    }

    [Fact]
    public async Task Run_DocString_KeepsContentType()
    {
        var result = await RunAsync("Scenario: note\n  Then the note says:\n    \"\"\"json\n    {\"a\":1}\n    \"\"\"\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Contains("note json:{\"a\":1}", _journal.Entries);
    }

    [Fact]
    public async Task Run_HooksRunAroundTaggedScenarios_AfterEvenOnFailure_AndScopeIsDisposed()
    {
        var result = await RunAsync("@hooked\nScenario: hooked\n  Given a basket with 1 apple\n  Then the basket holds 2\n");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal(["basket created", "before hooked", "after hooked", "basket disposed with 1"], _journal.Entries);
    }

    [Fact]
    public async Task Run_TwoScenariosAtABarrier_RunConcurrently()
    {
        var feature = FeatureSet.Parse("p.feature", "Feature: P\n\nScenario: one\n  Given everyone meets at the barrier\n\nScenario: two\n  Given everyone meets at the barrier\n");

        var run = await Runner().RunAsync(feature.Scenarios);

        Assert.All(run.Scenarios, r => Assert.Equal(Outcome.Passed, r.Outcome));
    }

    [Fact]
    public async Task Run_SerialScenario_RunsAloneAfterTheOthers()
    {
        var feature = FeatureSet.Parse("s.feature", """
            Feature: S

            @serial
            Scenario: alone
              Given I note "serial start"
              And I note "serial end"

            Scenario: a
              Given I note "a"

            Scenario: b
              Given I note "b"
            """);

        var run = await Runner().RunAsync(feature.Scenarios);

        var notes = _journal.Entries.Where(e => e is "a" or "b" or "serial start" or "serial end").ToList();
        Assert.Equal(["serial start", "serial end"], notes[^2..]);
        Assert.Equal("alone", run.Scenarios[0].Scenario.Name);
    }
}
