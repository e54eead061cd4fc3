namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// One request a client sent to the API and what the sandbox answered, as the traffic view and the
/// certification read it. Secrets never get here: tokens are reduced to an id, passwords masked.
/// </summary>
internal sealed record TrafficEntry(
    long Sequence,
    DateTimeOffset At,
    double DurationMs,
    TrafficRequest Request,
    int Status,
    string? RetryAfter,
    CapturedBody Response,
    IReadOnlyList<string> Rules,
    string? Fault,
    int? DroppedStatus,
    string? OrderUuid,
    string? IssuedTokenId)
{
    /// <summary>What the entry costs in memory, roughly: its two bodies.</summary>
    public long Weight => 256 + Request.Body.Length + Response.Length;
}
