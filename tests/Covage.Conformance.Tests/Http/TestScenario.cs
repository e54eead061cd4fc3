using Covage.Conformance.Running;

namespace Covage.Conformance.Tests.Http;

/// <summary>A scenario's evidence log outside a run, for the drivers' tests.</summary>
internal static class TestScenario
{
    public static ScenarioLog Context() => new(null);

    public static IReadOnlyList<Attachment> Attachments(ScenarioLog log) => log.TakeAttachments();
}
