using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

/// <summary>A per-scenario object whose disposal fails.</summary>
internal sealed class Leaky : IDisposable
{
    public void Dispose() => throw new InvalidOperationException("could not close the connection");
}

internal sealed class LifecycleSteps(Probe probe, ScenarioContext context)
{
    [Given("a leaky resource")]
    public void LeakyResource() => probe.Add("leaky");

    [Given("a step that never finishes")]
    public Task Never() => new TaskCompletionSource().Task;

    [Given("a step that waits for cancellation")]
    public async Task WaitForCancellation()
    {
        probe.Signal("waiting").TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
    }

    [Given("a step returning a value")]
    public Task<int> Value() => Task.FromResult(42);

    [Given("a step throwing its own timeout")]
    public async Task OwnTimeout()
    {
        await Task.Yield();
        throw new TimeoutException("the provider did not answer");
    }

    [AfterScenario]
    public void After() => probe.Add("after");
}

internal sealed class LeakySteps(Leaky leaky)
{
    [Given("the leaky resource is used")]
    public void Use() => _ = leaky;
}
