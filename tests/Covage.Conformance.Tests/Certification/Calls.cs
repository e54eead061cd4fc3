using Covage.Conformance.Certification;

namespace Covage.Conformance.Tests.Certification;

/// <summary>Recorded calls for the checks' tests: one client, seconds counted from a fixed instant.</summary>
internal static class Calls
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static long _sequence;

    public static RecordedCall At(double seconds, string method, string path, int status, string? body = null, string? response = null,
        int? retryAfter = null, IReadOnlyList<string>? rules = null, string? fault = null, string? token = "t1", string? issued = null, string query = "") =>
        new(Interlocked.Increment(ref _sequence), Start.AddSeconds(seconds), method, path, query, token is null ? "none" : "bearer", token, true, "op-1",
            body, status, retryAfter, response, rules ?? [], fault, null, null, issued, false);
}
