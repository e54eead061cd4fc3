using System.Collections.Concurrent;
using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

public sealed class ParallelTests
{
    private readonly Probe _probe = new();

    private ScenarioRunner Runner(int parallelism, IRunListener? listener = null) =>
        Harness.Runner(_probe, parallelism, listener, typeof(ParallelSteps));

    [Fact]
    public async Task Run_Scenarios_RunConcurrently()
    {
        var scenarios = Harness.Scenarios(string.Concat(Enumerable.Range(1, 4).Select(i => $"Scenario: s{i}\n  Given 4 scenarios meet at \"gate\"\n\n")));

        var run = await Runner(parallelism: 4).RunAsync(scenarios);

        Assert.All(run.Scenarios, r => Assert.Equal(Outcome.Passed, r.Outcome));
    }

    [Fact]
    public async Task Run_MaxParallelism_BoundsHowManyRunAtOnce()
    {
        var scenarios = Harness.Scenarios(string.Concat(Enumerable.Range(1, 6).Select(i => $"Scenario: s{i}\n  Given scenarios run two by two\n\n")));

        var run = await Runner(parallelism: 2).RunAsync(scenarios);

        Assert.All(run.Scenarios, r => Assert.Equal(Outcome.Passed, r.Outcome));
        Assert.Equal(2, _probe.MaxRunning);
    }

    [Fact]
    public async Task Run_SerialScenarios_RunAfterTheOthersAndAlone()
    {
        var scenarios = Harness.Scenarios("""
            @serial
            Scenario: first serial
              Given "serial 1" runs

            Scenario: a
              Given "a" runs

            @serial
            Scenario: second serial
              Given "serial 2" runs

            Scenario: b
              Given "b" runs
            """);

        var run = await Runner(parallelism: 8).RunAsync(scenarios);

        Assert.Equal(["first serial", "a", "second serial", "b"], run.Scenarios.Select(r => r.Scenario.Name));
        var events = _probe.Events.ToList();
        Assert.Equal(["serial 1 start with 1 running", "serial 1 end", "serial 2 start with 1 running", "serial 2 end"], events[^4..]);
    }

    [Fact]
    public async Task RunScenario_SerialStartedWhileAnotherRuns_WaitsForIt()
    {
        var runner = Runner(parallelism: 8);
        var scenarios = Harness.Scenarios("Scenario: ordinary\n  Given \"ordinary\" runs until released\n\n@serial\nScenario: alone\n  Given \"alone\" runs until released\n");

        var ordinary = runner.RunScenarioAsync(scenarios[0]);
        await _probe.Signal("ordinary started").Task;
        var alone = runner.RunScenarioAsync(scenarios[1]);
        _probe.Signal("alone release").SetResult();
        _probe.Signal("ordinary release").SetResult();
        await Task.WhenAll(ordinary, alone);

        Assert.Equal(["ordinary start", "ordinary end", "alone start", "alone end"], _probe.Events);
    }

    [Fact]
    public async Task RunScenario_OrdinaryStartedWhileSerialRuns_WaitsForIt()
    {
        var runner = Runner(parallelism: 8);
        var scenarios = Harness.Scenarios("@serial\nScenario: alone\n  Given \"alone\" runs until released\n\nScenario: ordinary\n  Given \"ordinary\" runs until released\n");

        var alone = runner.RunScenarioAsync(scenarios[0]);
        await _probe.Signal("alone started").Task;
        var ordinary = runner.RunScenarioAsync(scenarios[1]);
        _probe.Signal("ordinary release").SetResult();
        _probe.Signal("alone release").SetResult();
        await Task.WhenAll(ordinary, alone);

        Assert.Equal(["alone start", "alone end", "ordinary start", "ordinary end"], _probe.Events);
    }

    [Fact]
    public async Task Run_Listener_HearsEveryStartAndFinish()
    {
        var listener = new Listener();
        var scenarios = Harness.Scenarios("Scenario: a\n  Given \"a\" runs\n\nScenario: b\n  Given \"b\" runs\n");

        await Runner(parallelism: 2, listener).RunAsync(scenarios);

        Assert.Equal(["finished a Passed", "finished b Passed", "started a", "started b"], listener.Events.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_Results_ComeBackInTheOrderGiven()
    {
        var scenarios = Harness.Scenarios(string.Concat(Enumerable.Range(1, 20).Select(i => $"Scenario: s{i}\n  Given \"s{i}\" runs\n\n")));

        var run = await Runner(parallelism: 8).RunAsync(scenarios);

        Assert.Equal(scenarios.Select(s => s.Id), run.Scenarios.Select(r => r.Scenario.Id));
    }

    private sealed class Listener : IRunListener
    {
        public ConcurrentQueue<string> Events { get; } = new();

        public void ScenarioStarted(ScenarioCase s) => Events.Enqueue("started " + s.Name);

        public void ScenarioFinished(ScenarioResult r) => Events.Enqueue($"finished {r.Scenario.Name} {r.Outcome}");
    }
}
