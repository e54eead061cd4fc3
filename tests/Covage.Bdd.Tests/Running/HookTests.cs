using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

public sealed class HookTests
{
    private readonly Probe _probe = new();

    private Task<ScenarioResult> RunAsync(string body) => Harness.RunAsync(_probe, body, typeof(HookSteps));

    [Fact]
    public async Task RunScenario_Hooks_RunByOrderAroundTheSteps()
    {
        var result = await RunAsync("Scenario: plain\n  Given a hooked step\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["before 1", "before 5", "step", "after"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_HookWithSeveralTagExpressions_RunsWhenAnyMatches()
    {
        await RunAsync("@other\nScenario: tagged\n  Given a hooked step\n");

        Assert.Equal(["before 1", "before 5", "before late", "step", "after"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_FailingStep_StillRunsAfterHooks()
    {
        var result = await RunAsync("Scenario: failing\n  Given a failing hooked step\n  And a hooked step\n");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal(["before 1", "before 5", "after"], _probe.Events);
        Assert.Equal([Outcome.Failed, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
    }

    [Fact]
    public async Task RunScenario_FailingBeforeHook_SkipsStepsButRunsAfterHooks()
    {
        var result = await RunAsync("@broken-before\nScenario: broken\n  Given a hooked step\n");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal(["before 1", "before 5", "after"], _probe.Events);
        Assert.Equal("BeforeScenario", result.Steps[0].Step.Keyword);
        Assert.Contains("HookSteps.BrokenBefore", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("setup exploded", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Equal(Outcome.Skipped, result.Steps[1].Outcome);
    }

    [Fact]
    public async Task RunScenario_FailingAfterHook_FailsThePassedScenarioAndOtherAfterHooksRun()
    {
        var result = await RunAsync("@broken-after\nScenario: broken\n  Given a hooked step\n");

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal(["before 1", "before 5", "step", "after"], _probe.Events);
        Assert.Contains("teardown exploded", result.Steps[^1].Error, StringComparison.Ordinal);
        Assert.Equal("AfterScenario", result.Steps[^1].Step.Keyword);
    }

    [Fact]
    public async Task RunScenario_BeforeHookNotApplicable_SkipsStepsAndIsNotApplicable()
    {
        var result = await RunAsync("@needs-simulator\nScenario: control\n  Given a hooked step\n");

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.Equal("the target has no control API", result.NotApplicableReason);
        Assert.Equal([Outcome.Skipped], result.Steps.Select(s => s.Outcome));
        Assert.Equal(["before 1", "before 5", "after"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_TagExpressionExcludes_HookDoesNotRun()
    {
        var result = await RunAsync("@needs-simulator @has-simulator\nScenario: control\n  Given a hooked step\n");

        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    [Fact]
    public async Task RunScenario_HookAttachments_GoToTheFirstAndLastStep()
    {
        var result = await RunAsync("Scenario: attach\n  Given a hooked step\n  And a hooked step\n");

        Assert.Equal(["from before"], result.Steps[0].Attachments.Select(a => a.Content));
        Assert.Equal(["from after"], result.Steps[1].Attachments.Select(a => a.Content));
    }
}
