using Covage.Conformance.Running;
using Covage.Conformance.Tests.Targets;

namespace Covage.Conformance.Tests.Running;

public sealed class SuiteRunnerTests(BuiltInTargetFixture builtIn) : IClassFixture<BuiltInTargetFixture>
{
    [Fact]
    public async Task RunAsync_KnownFeature_EachScenarioGetsItsOwnOutcome()
    {
        var run = await KnownRun.RunAsync(KnownRun.WithoutControlApi(builtIn.Target));

        Assert.Equal(Outcome.Passed, KnownRun.Named(run, "a login is accepted").Outcome);
        Assert.Equal(Outcome.Failed, KnownRun.Named(run, "a wrong expectation fails").Outcome);
        Assert.Equal(Outcome.NotApplicable, KnownRun.Named(run, "a scenario that needs the control API").Outcome);
        Assert.Equal(Outcome.Undefined, KnownRun.Named(run, "a step nobody binds").Outcome);
        Assert.Equal(Outcome.Passed, KnownRun.Named(run, "a wrong password is refused").Outcome);
        Assert.Equal(Outcome.Passed, KnownRun.Named(run, "the login answer carries access (tokens #1)").Outcome);
        Assert.Equal(Outcome.Passed, KnownRun.Named(run, "the login answer carries refresh (tokens #2)").Outcome);
    }

    [Fact]
    public async Task RunAsync_ScenarioInARule_RunsTheBackgroundAndCarriesTheRuleTag()
    {
        var run = await KnownRun.RunAsync(builtIn.Target);
        var result = KnownRun.Named(run, "a wrong password is refused");

        Assert.Equal(["Given", "When", "Then"], result.Steps.Select(s => s.Step.Keyword));
        Assert.Equal("the delivery user has logged in", result.Steps[0].Step.Text);
        Assert.Contains("@rule:KIT-RULE", result.Scenario.Tags);
        Assert.Equal("a wrong password never logs in", result.Scenario.RuleName);
    }

    [Fact]
    public async Task RunAsync_TargetWithoutControlApi_SimulatorScenarioIsNotApplicableAndItsStepsNeverRun()
    {
        var run = await KnownRun.RunAsync(KnownRun.WithoutControlApi(builtIn.Target));
        var result = KnownRun.Named(run, "a scenario that needs the control API");

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.Contains("--simulator-key", result.NotApplicableReason, StringComparison.Ordinal);
        Assert.All(result.Steps, s => Assert.Equal(Outcome.Skipped, s.Outcome));
    }

    [Fact]
    public async Task RunAsync_TargetWithControlApi_SimulatorScenarioRuns()
    {
        var run = await KnownRun.RunAsync(builtIn.Target);

        var result = KnownRun.Named(run, "a scenario that needs the control API");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(Outcome.Passed, result.Steps[1].Outcome);
    }

    [Fact]
    public async Task RunAsync_UndefinedStep_GivesItsPlaceAndABindingToPaste()
    {
        var run = await KnownRun.RunAsync(builtIn.Target);
        var step = KnownRun.Named(run, "a step nobody binds").Steps.Single(s => s.Outcome == Outcome.Undefined);

        Assert.StartsWith("Undefined step \"When the operator does something the kit has no binding for with \"x\" and 42\" at kit/known.feature:23", step.Error, StringComparison.Ordinal);
        Assert.Contains("[When(\"the operator does something the kit has no binding for with {string} and {int}\")]", step.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FailedCheck_ReportsTheKitsMessageWithoutATypeName()
    {
        var run = await KnownRun.RunAsync(builtIn.Target);
        var steps = KnownRun.Named(run, "a wrong expectation fails").Steps;
        var step = steps.Single(s => s.Outcome == Outcome.Failed);

        Assert.StartsWith("[KIT] ", step.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", step.Error, StringComparison.Ordinal);
        Assert.Contains("401", step.Error, StringComparison.Ordinal);
        Assert.Contains(steps[1].Attachments, a => a.Name == "response" && a.Content.StartsWith("200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_TwoTargetsAtOnce_EachScenarioSeesItsOwnTarget()
    {
        var withControl = KnownRun.RunAsync(builtIn.Target);
        var withoutControl = KnownRun.RunAsync(KnownRun.WithoutControlApi(builtIn.Target));

        var runs = await Task.WhenAll(withControl, withoutControl);

        Assert.Equal(Outcome.Passed, KnownRun.Named(runs[0], "a scenario that needs the control API").Outcome);
        Assert.Equal(Outcome.NotApplicable, KnownRun.Named(runs[1], "a scenario that needs the control API").Outcome);
    }

    [Theory]
    [InlineData("\"{\\\"email\\\": \\\"nobody@example.com\\\", \\\"password\\\": \\\"x\\\"}\"")]
    [InlineData("'{\"email\": \"nobody@example.com\", \"password\": \"x\"}'")]
    public async Task RunAsync_StringArgument_ReadsAsInCucumber(string body)
    {
        // A wrong password is 401 only if the body reached the provider as JSON (malformed JSON is 400).
        var feature = FeatureSet.Parse("kit/strings.feature", $$"""
            Feature: strings
              Scenario: a body in a string
                When the operator sends POST "/api/v2/account/token/" with the body {{body}}
                Then the request is refused with status 401
            """);
        await using var runner = Conformance.Cli.SuiteRunnerFactory.Create(builtIn.Target);

        var result = await runner.RunScenarioAsync(feature.Scenarios.Single());

        Assert.True(result.Outcome == Outcome.Passed, result.FirstError);
    }

    [Fact]
    public async Task RunScenarioAsync_CaseNotLoadedByFeatureSet_IsRefused()
    {
        await using var runner = Conformance.Cli.SuiteRunnerFactory.Create(builtIn.Target);
        var handMade = new ScenarioCase("x.feature:1", "hand-made", "X", "x.feature", 1, [], [], null);

        await Assert.ThrowsAsync<ArgumentException>(() => runner.RunScenarioAsync(handMade));
    }
}
