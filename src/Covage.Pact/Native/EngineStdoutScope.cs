namespace Covage.Pact.Native;

/// <summary>Restores descriptor 1 when the last silenced verification ends (see <see cref="EngineStdout"/>).</summary>
internal readonly struct EngineStdoutScope(bool active) : IDisposable
{
    public void Dispose()
    {
        if (active)
        {
            EngineStdout.Restore();
        }
    }
}
