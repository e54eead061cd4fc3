using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

/// <summary>Steps that only finish when other scenarios run at the same time (or provably do not).</summary>
internal sealed class ParallelSteps(Probe probe)
{
    // Generous bound: only reached when the engine fails to run scenarios together; it turns a hang into a failure.
    private static readonly TimeSpan Deadlock = TimeSpan.FromSeconds(30);

    [Given("{int} scenarios meet at {string}")]
    public async Task Meet(int count, string name) => await probe.Meet(name, count).WaitAsync(Deadlock);

    [Given("scenarios run two by two")]
    public async Task TwoByTwo()
    {
        probe.Enter();
        try
        {
            await probe.Pair().WaitAsync(Deadlock);
        }
        finally
        {
            probe.Leave();
        }
    }

    [Given("{string} runs until released")]
    public async Task UntilReleased(string name)
    {
        probe.Add($"{name} start");
        probe.Signal(name + " started").TrySetResult();
        await probe.Signal(name + " release").Task.WaitAsync(Deadlock);
        probe.Add($"{name} end");
    }

    [Given("{string} runs")]
    public async Task Runs(string name)
    {
        var running = probe.Enter();
        probe.Add($"{name} start with {running} running");
        await Task.Yield();
        probe.Add($"{name} end");
        probe.Leave();
    }
}
