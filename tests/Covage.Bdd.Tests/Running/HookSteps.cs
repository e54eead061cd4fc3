using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

/// <summary>Hooks that record their order; tags steer which ones fail or do not apply.</summary>
internal sealed class HookSteps(Probe probe, ScenarioContext context)
{
    [BeforeScenario(Order = 1)]
    public void FirstBefore() => probe.Add("before 1");

    [BeforeScenario("@late", "@other", Order = 20000)]
    public void LateBefore() => probe.Add("before late");

    [BeforeScenario(Order = 5)]
    public async Task SecondBefore()
    {
        await Task.Yield();
        probe.Add("before 5");
        context.Attach("setup", "text/plain", "from before");
    }

    [BeforeScenario("@broken-before")]
    public void BrokenBefore() => throw new InvalidOperationException("setup exploded");

    [BeforeScenario("@needs-simulator and not @has-simulator")]
    public void NoSimulator() => throw new NotApplicableException("the target has no control API");

    [AfterScenario]
    public void After()
    {
        probe.Add("after");
        context.Attach("teardown", "text/plain", "from after");
    }

    [AfterScenario("@broken-after", Order = 1)]
    public void BrokenAfter() => throw new InvalidOperationException("teardown exploded");

    [Given("a hooked step")]
    public void Step() => probe.Add("step");

    [Given("a failing hooked step")]
    public void Failing() => throw new StepFailedException("step failed");
}
