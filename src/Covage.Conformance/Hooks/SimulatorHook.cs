using Reqnroll;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Hooks;

/// <summary>@simulator scenarios need the control API; on a target without it they are not applicable.</summary>
[Binding]
internal sealed class SimulatorHook(TargetContext target)
{
    [BeforeScenario("@simulator")]
    public void RequireControlApi()
    {
        if (!target.HasSimulator)
        {
            throw new NotApplicableException(SimulatorClient.Missing);
        }
    }
}
