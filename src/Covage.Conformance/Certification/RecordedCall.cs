using System.Globalization;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Certification;

/// <summary>
/// One call the client made, as the sandbox recorded it (<c>GET /_simulator/traffic/</c>): the
/// request, the answer, and the rules the answer cited. <see cref="Status"/> 0 is a dropped connection.
/// </summary>
internal sealed record RecordedCall(
    long Sequence,
    DateTimeOffset At,
    string Method,
    string Path,
    string Query,
    string Auth,
    string? TokenId,
    bool TokenValid,
    string? OperatorUuid,
    string? RequestBody,
    int Status,
    int? RetryAfterSeconds,
    string? ResponseBody,
    IReadOnlyList<string> Rules,
    string? Fault,
    int? DroppedStatus,
    string? OrderUuid,
    string? IssuedTokenId,
    bool FromConsole,
    bool RequestTruncated = false)
{
    /// <summary>A fault the sandbox injected answered in its place: the client is not to blame for the answer.</summary>
    public bool Injected => Fault is "throttle" or "unavailable" or "drop";

    /// <summary>The sandbox refused the request (a 4xx of its own, not an injected 429).</summary>
    public bool Refused => Status is >= 400 and < 500 && !Injected;

    /// <summary>Failed for a reason that may pass by: 429, 5xx, or no answer at all.</summary>
    public bool Transient => Status is 0 or 429 or >= 500;

    public string Target => Query.Length > 0 ? Path + Query : Path;

    /// <summary>Same method, path, query, body and token: the same request sent again.</summary>
    public bool SameRequestAs(RecordedCall other) =>
        Method == other.Method && Path == other.Path && Query == other.Query && RequestBody == other.RequestBody && TokenId == other.TokenId;

    /// <summary>Same method and path (and query): the same endpoint and resource, whatever the body.</summary>
    public bool SameTargetAs(RecordedCall other) => Method == other.Method && Path == other.Path && Query == other.Query;

    public string Label => $"#{Sequence.ToString(CultureInfo.InvariantCulture)} {Method} {Target}";

    public string Answer => Status == 0 ? "no answer (connection dropped)" : Status.ToString(CultureInfo.InvariantCulture);

    public static RecordedCall FromJson(JsonNode node)
    {
        string? Text(string name) => node[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var retry = Text("retry_after");
        return new RecordedCall(
            node["seq"]!.GetValue<long>(),
            DateTimeOffset.Parse(Text("at")!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Text("method")!,
            Text("path")!,
            Text("query") ?? "",
            Text("auth") ?? "none",
            Text("token_id"),
            node["token_valid"]?.GetValue<bool>() ?? false,
            Text("operator_uuid"),
            Text("request_body"),
            node["status"]!.GetValue<int>(),
            retry is not null && int.TryParse(retry, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null,
            Text("response_body"),
            [.. (node["rules"] as JsonArray ?? []).Select(r => r!.GetValue<string>())],
            Text("fault"),
            node["dropped_status"] is JsonValue d && d.TryGetValue<int>(out var dropped) ? dropped : null,
            Text("order_uuid"),
            Text("issued_token_id"),
            node["console"]?.GetValue<bool>() ?? false,
            node["request_body_truncated"]?.GetValue<bool>() ?? false);
    }
}
