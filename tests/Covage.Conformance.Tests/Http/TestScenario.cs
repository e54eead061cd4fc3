using Covage.Conformance.Drivers;
using Covage.Conformance.Http;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Http;

/// <summary>A scenario's evidence log outside a run, for the drivers' tests.</summary>
internal static class TestScenario
{
    public static ScenarioLog Context() => new(null);

    public static IReadOnlyList<Attachment> Attachments(ScenarioLog log) => log.TakeAttachments();

    /// <summary>The scenario's HTTP driver, with a step deadline of its own.</summary>
    public static ApiClient Api(TargetContext target, ScenarioLog log) => new(target, log, new StepDeadline(null, target));

    public static SimulatorClient Simulator(TargetContext target, ScenarioLog log) => new(target, log, new StepDeadline(null, target));
}
