using System.Reflection;
using Covage.Bdd;
using Covage.Conformance.Drivers;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Http;

/// <summary>
/// A ScenarioContext outside a run. The engine keeps its constructor internal (only the runner
/// makes them), so the driver tests reach it by reflection.
/// </summary>
internal static class TestScenario
{
    public static ScenarioContext Context(params string[] tags)
    {
        var scenario = new ScenarioCase("test.feature:1", "driver test", "Driver", "test.feature", 1, tags, [], null);
        return (ScenarioContext)Activator.CreateInstance(typeof(ScenarioContext), BindingFlags.Instance | BindingFlags.NonPublic, null,
            [scenario, CancellationToken.None], null)!;
    }

    public static IReadOnlyList<Attachment> Attachments(ScenarioContext context) =>
        (IReadOnlyList<Attachment>)typeof(ScenarioContext).GetMethod("TakeAttachments", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.Invoke(context, null)!;

    /// <summary>The scenario's HTTP driver, with its per-step deadline.</summary>
    public static ApiClient Api(TargetContext target, ScenarioContext context) => new(target, context, new StepDeadline(context, target));

    public static SimulatorClient Simulator(TargetContext target, ScenarioContext context) => new(target, context, new StepDeadline(context, target));
}
