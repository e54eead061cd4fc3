using System.Text.RegularExpressions;

namespace Covage.Conformance.Certification;

/// <summary>
/// Names what a call does, from its method and path, in the words of <c>--require</c>: token,
/// create, read, list, modify, submit, delete, bounds, otp, info, events.
/// </summary>
internal static partial class Operations
{
    public static readonly IReadOnlyList<string> All = ["token", "create", "read", "list", "modify", "submit", "delete", "bounds", "otp", "info", "events"];

    public static string? Of(RecordedCall call)
    {
        var path = call.Path.TrimEnd('/') + "/";
        var submit = call.RequestBody is { } body && SubmitBody().IsMatch(body);
        return (call.Method, path) switch
        {
            ("POST", _) when TokenPath().IsMatch(path) => "token",
            ("POST", "/api/v2/orders/" or "/api/orders/") => "create",
            ("GET", "/api/v2/orders/" or "/api/orders/") => "list",
            ("GET", _) when OrderPath().IsMatch(path) => "read",
            ("PATCH", _) when OrderPath().IsMatch(path) => submit ? "submit" : "modify",
            ("PUT", _) when OrderPath().IsMatch(path) => "modify",
            ("POST", _) when path.EndsWith("/submit/", StringComparison.Ordinal) && OrderPath().IsMatch(path[..^"submit/".Length]) => "submit",
            ("DELETE", _) when OrderPath().IsMatch(path) => "delete",
            ("PATCH", _) when path.Contains("/bounds/", StringComparison.Ordinal) => "bounds",
            ("PATCH", _) when path.Contains("/endpoints/", StringComparison.Ordinal) => "otp",
            ("POST", _) when path.EndsWith("/events/info/", StringComparison.Ordinal) => "info",
            ("GET", _) when path.StartsWith("/api/events/", StringComparison.Ordinal) => "events",
            _ => null,
        };
    }

    /// <summary>The events feed itself (not one event).</summary>
    public static bool IsEventsFeed(RecordedCall call) => call.Method == "GET" && call.Path.TrimEnd('/') == "/api/events";

    public static bool IsCreate(RecordedCall call) => Of(call) == "create";

    public static bool IsToken(RecordedCall call) => Of(call) == "token";

    [GeneratedRegex("^/api/v2/account/token/(refresh/)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPath();

    [GeneratedRegex("^/api/(v2/)?orders/[^/]+/$", RegexOptions.CultureInvariant)]
    private static partial Regex OrderPath();

    [GeneratedRegex("\"status\"\\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex SubmitBody();
}
