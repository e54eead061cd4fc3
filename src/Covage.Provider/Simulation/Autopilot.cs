namespace Covage.Provider.Simulation;

/// <summary>Placeholder, replaced below.</summary>
internal sealed class Autopilot(Sandbox sandbox)
{
    public void Start() => _ = sandbox;
}
