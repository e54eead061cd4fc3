namespace Covage.Provider.Simulation.Traffic;

/// <summary>A body as recorded: its text (null when there was none), cut at a limit.</summary>
internal sealed record CapturedBody(string? Text, bool Truncated)
{
    public static readonly CapturedBody None = new(null, false);
}
