namespace Covage.Conformance.SelfTest.Interception;

/// <summary>Which endpoint of the API a call is for: the vocabulary the mutant catalogue is written in.</summary>
internal static class Routes
{
    private static readonly string[] V2 = ["api", "v2", "orders"];
    private static readonly string[] V1 = ["api", "orders"];

    /// <summary>POST /api/v2/orders/: create.</summary>
    public static bool IsCreate(this Call call) => call.Method == "POST" && Is(call.Segments, V2, 0);

    /// <summary>GET /api/v2/orders/: the list.</summary>
    public static bool IsList(this Call call) => call.Method == "GET" && Is(call.Segments, V2, 0);

    /// <summary>/api/v2/orders/{uuid}/ with the method given (any when null).</summary>
    public static bool IsOrder(this Call call, string? method = null) => (method is null || call.Method == method) && Is(call.Segments, V2, 1);

    /// <summary>PATCH /api/v2/orders/{uuid}/ whose body sets a status.</summary>
    public static bool IsStatusPatch(this Call call) => call.IsOrder("PATCH") && call.JsonObject()?["status"] is not null;

    /// <summary>PATCH /api/v2/orders/{uuid}/ with {"status": "submitted"}.</summary>
    public static bool IsSubmit(this Call call) => call.IsStatusPatch() && JsonEdit.String(call.JsonObject()?["status"]) == "submitted";

    /// <summary>PATCH /api/v2/orders/{uuid}/ that changes fields (not a status).</summary>
    public static bool IsModify(this Call call) => call.IsOrder("PATCH") && !call.IsStatusPatch();

    public static bool IsBoundPatch(this Call call) => call.Method == "PATCH" && Is(call.Segments, V2, 3) && call.Segments[4] == "bounds";

    public static bool IsEndpointPatch(this Call call) => call.Method == "PATCH" && Is(call.Segments, V2, 3) && call.Segments[4] == "endpoints";

    /// <summary>POST /api/v2/orders/{uuid}/events/info/ (with or without the final slash).</summary>
    public static bool IsInfo(this Call call) => call.Method == "POST" && Is(call.Segments, V2, 3) && call.Segments[4] == "events" && call.Segments[5] == "info";

    public static bool IsFeed(this Call call) => call.Method == "GET" && call.Segments is ["api", "events"];

    public static bool IsOneEvent(this Call call) => call.Method == "GET" && call.Segments is ["api", "events", _];

    public static bool IsLogin(this Call call) => call.Method == "POST" && call.Segments is ["api", "v2", "account", "token"];

    public static bool IsRefresh(this Call call) => call.Method == "POST" && call.Segments is ["api", "v2", "account", "token", "refresh"];

    public static bool IsVerify(this Call call) => call.Method == "POST" && call.Segments is ["api", "v2", "account", "token", "verify"];

    public static bool IsBuilding(this Call call) => call.Method == "GET" && call.Segments is ["api", "v2", "eligibility", "buildings", ..];

    /// <summary>POST /_simulator/orders/{uuid}/transitions/.</summary>
    public static bool IsTransition(this Call call) => call.Method == "POST" && call.Segments is ["_simulator", "orders", _, "transitions"];

    /// <summary>POST /_simulator/orders/{uuid}/events/.</summary>
    public static bool IsInject(this Call call) => call.Method == "POST" && call.Segments is ["_simulator", "orders", _, "events"];

    /// <summary>POST /_simulator/services/: an active service made for a scenario.</summary>
    public static bool IsServiceCreation(this Call call) => call.Method == "POST" && call.Segments is ["_simulator", "services"];

    public static bool IsClockAdvance(this Call call) => call.Method == "POST" && call.Segments is ["_simulator", "clock", "advance"];

    /// <summary>Any call of the operator API (not the control API).</summary>
    public static bool IsApi(this Call call) => call.Segments is ["api", ..];

    public static bool IsV1Create(this Call call) => call.Method == "POST" && Is(call.Segments, V1, 0);

    /// <summary>/api/orders/{uuid}/ with the method given (any when null).</summary>
    public static bool IsV1Order(this Call call, string? method = null) => (method is null || call.Method == method) && Is(call.Segments, V1, 1);

    /// <summary>POST /api/orders/{uuid}/{action}/: submit, confirm, cancel.</summary>
    public static bool IsV1Action(this Call call, string action) => call.Method == "POST" && Is(call.Segments, V1, 2) && call.Segments[3] == action;

    /// <summary>The order uuid a call names (v2, v1 or control API), or null.</summary>
    public static string? OrderUuid(this Call call) => call.Segments switch
    {
        ["api", "v2", "orders", var uuid, ..] => uuid,
        ["api", "orders", var uuid, ..] => uuid,
        ["_simulator", "orders", var uuid, ..] => uuid,
        _ => null,
    };

    /// <summary>The transition's target status, or the injected event's type, of a control call.</summary>
    public static string? ControlTarget(this Call call) =>
        call.IsTransition() ? JsonEdit.String(call.JsonObject()?["to"]) : call.IsInject() ? JsonEdit.String(call.JsonObject()?["type"]) : null;

    private static bool Is(string[] segments, string[] prefix, int extra) =>
        segments.Length == prefix.Length + extra && segments.AsSpan(0, prefix.Length).SequenceEqual(prefix);
}
