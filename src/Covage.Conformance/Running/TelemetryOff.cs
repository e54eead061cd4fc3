using Reqnroll.Analytics;

namespace Covage.Conformance.Running;

/// <summary>Reqnroll sends a usage event when a run starts; the kit runs offline and sends nothing.</summary>
internal sealed class TelemetryOff : IEnvironmentReqnrollTelemetryChecker
{
    public bool IsReqnrollTelemetryEnabled() => false;
}
