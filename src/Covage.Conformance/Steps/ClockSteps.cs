using Reqnroll;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.Steps;

/// <summary>The simulator's virtual clock (@simulator @serial: moving it affects every scenario).</summary>
[Binding]
internal sealed class ClockSteps(LifecycleDriver lifecycle)
{
    [Given("the simulator clock has advanced {int} seconds")]
    public Task Advance(int seconds) => lifecycle.AdvanceClockAsync(seconds);
}
