using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace Covage.Conformance.Running;

/// <summary>
/// The outcomes a test framework would decide, decided by exception type: not applicable and ignored
/// scenarios are Reqnroll's "skipped" (never passed), pending ones "pending".
/// </summary>
internal sealed class KitUnitTestRuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => throw new ScenarioPendingException(message);

    public void TestInconclusive(string message) => throw new ScenarioIgnoredException(message);

    public void TestIgnore(string message) => throw new ScenarioIgnoredException(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => exception switch
    {
        NotApplicableException or ScenarioIgnoredException => ScenarioExecutionStatus.Skipped,
        ScenarioPendingException => ScenarioExecutionStatus.StepDefinitionPending,
        _ => null,
    };
}
