using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

public sealed class LifecycleTests
{
    private readonly Probe _probe = new();

    private ScenarioRunner Runner(TimeSpan? stepTimeout = null) => new(new RunOptions
    {
        Services = new Dictionary<Type, object> { [typeof(Probe)] = _probe },
        StepTimeout = stepTimeout ?? Timeout.InfiniteTimeSpan,
    }, [typeof(LifecycleSteps), typeof(LeakySteps)]);

    [Fact]
    public async Task RunScenario_DisposeFails_FailsTheScenarioWithTheMessage()
    {
        var result = await Runner().RunScenarioAsync(Harness.Scenarios("Scenario: leak\n  Given the leaky resource is used\n")[0]);

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Equal(Outcome.Passed, result.Steps[0].Outcome);
        Assert.Contains("could not close the connection", result.Steps[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_StepTimeout_FailsTheHungStepAndRunsAfterHooks()
    {
        var result = await Runner(TimeSpan.FromMilliseconds(50)).RunScenarioAsync(Harness.Scenarios("Scenario: hung\n  Given a step that never finishes\n  And a step returning a value\n")[0]);

        Assert.Equal([Outcome.Failed, Outcome.Skipped], result.Steps.Select(s => s.Outcome));
        Assert.Contains("LifecycleSteps.Never did not finish within 0.05 s", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Equal(["after"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_StepThrowsItsOwnTimeout_IsReportedAsIs()
    {
        var result = await Runner(TimeSpan.FromMinutes(5)).RunScenarioAsync(Harness.Scenarios("Scenario: t\n  Given a step throwing its own timeout\n")[0]);

        Assert.Contains("the provider did not answer", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.DoesNotContain("StepTimeout", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_TaskOfValue_IsAwaitedAndPasses()
    {
        var result = await Runner().RunScenarioAsync(Harness.Scenarios("Scenario: v\n  Given a step returning a value\n")[0]);

        Assert.Equal(Outcome.Passed, result.Outcome);
    }

    [Fact]
    public async Task RunScenario_Cancelled_RunsAfterHooksThenThrows()
    {
        using var cancel = new CancellationTokenSource();
        var running = Runner().RunScenarioAsync(Harness.Scenarios("Scenario: c\n  Given a step that waits for cancellation\n  And a step returning a value\n")[0], cancel.Token);
        await _probe.Signal("waiting").Task;

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(["after"], _probe.Events);
    }

    [Fact]
    public async Task Run_CancelledBeforeStart_Throws()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(Harness.Scenarios("Scenario: v\n  Given a step returning a value\n"), cancel.Token));
        Assert.Empty(_probe.Events);
    }
}
