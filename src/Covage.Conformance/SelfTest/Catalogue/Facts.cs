using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;
using Covage.Conformance.Targets;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>What the catalogue's mutants ask about a call: the order it names, its kind and status, who sends it.</summary>
internal static class Facts
{
    public static readonly string[] Statuses = ["draft", "submitted", "acknowledged", "running", "pending", "held", "rejected", "cancelled", "completed"];

    public static readonly string[] Finals = ["rejected", "cancelled", "completed"];

    public static string? Status(Intercepted x) => JsonEdit.Text(x.Order, "status");

    public static string? Family(Intercepted x) => JsonEdit.Family(x.Order);

    public static string? RequestType(Intercepted x) => JsonEdit.Text(x.Order, "request_type");

    public static bool IsTerminate(Intercepted x) => JsonEdit.Text(x.Order, "type") == "terminate";

    public static bool IsFiber(Intercepted x) => Family(x) is "F" or "E";

    public static bool IsCopperLineBuilding(Intercepted x) =>
        Family(x) is "A" or "S" or "M" && RequestType(x) is "create" or "create_nearby" or "create_neighbour" && !IsTerminate(x);

    public static bool IsCopperActivate(Intercepted x) => Family(x) is "A" or "S" or "M" && RequestType(x) == "activate" && !IsTerminate(x);

    /// <summary>Whether an order (as last seen) is a copper activate order.</summary>
    public static bool IsCopperActivateOrder(JsonObject? order) =>
        JsonEdit.Family(order) is "A" or "S" or "M" && JsonEdit.Text(order, "request_type") == "activate" && JsonEdit.Text(order, "type") != "terminate";

    /// <summary>A string field of the request body.</summary>
    public static string? Sent(Call call, string path) => JsonEdit.Text(call.JsonObject(), path);

    /// <summary>The fixtures' operator of the user who sent the call (from the login the mutant saw).</summary>
    public static FixtureOperator? OperatorOf(Intercepted x) =>
        x.Memory.SessionOf(x.Call.Authorization)?.OperatorUuid is { } uuid ? x.Context.Fixtures.Operators.FirstOrDefault(o => o.OperatorUuid == uuid) : null;

    /// <summary>The family of a product code, from the fixtures' product lists.</summary>
    public static string? FamilyOfCode(Intercepted x, string? code) =>
        code is null ? null : x.Context.Fixtures.Products.FirstOrDefault(p => p.Value.Contains(code)).Key;

    /// <summary>The family of the product a create call sends.</summary>
    public static string? SentFamily(Intercepted x) => FamilyOfCode(x, Sent(x.Call, "product.code"));

    /// <summary>A fresh active service of the caller's operator, made through the control API; null when that fails.</summary>
    public static async Task<string?> NewServiceAsync(Intercepted x, string productCode) =>
        OperatorOf(x) is { } op
            ? (await x.ControlAsync("/_simulator/services/", new JsonObject { ["operator_uuid"] = op.OperatorUuid, ["product_code"] = productCode })).Json()?["uuid"]?.ToString()
            : null;

    /// <summary>A reference O + YYMMDD + _ + digits with its date moved by some days.</summary>
    public static string ShiftDate(string reference, int days) =>
        reference.Length >= 7 && DateTime.TryParseExact(reference[1..7], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? reference[0] + date.AddDays(days).ToString("yyMMdd", CultureInfo.InvariantCulture) + reference[7..]
            : reference;

    /// <summary>An order JSON with one field changed (for answers made up from an order the mutant remembers).</summary>
    public static JsonObject With(JsonObject order, string path, JsonNode? value)
    {
        JsonEdit.Set(order, path, value);
        return order;
    }
}
