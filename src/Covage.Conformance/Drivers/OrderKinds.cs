using System.Text.Json.Nodes;

namespace Covage.Conformance.Drivers;

/// <summary>
/// The events-matrix columns an order belongs to, from what the API shows of it: type, product family
/// and request type. A Fiber Pro terminate order answers to both its columns. Fibre enterprise
/// (family E) orders take the Fiber Pro column: the pages give an event list for Fiber Pro only and
/// the kit reads it as the fibre list (features/RULES.md, EVT-FIBER-SET).
/// </summary>
internal static class OrderKinds
{
    public const string CopperActivate = "copper activate";
    public const string CopperLineBuilding = "copper line building";
    public const string Terminate = "terminate";
    public const string FiberPro = "fiber pro";

    public static IReadOnlyList<string> ColumnsOf(JsonNode? order)
    {
        var type = Text(order?["type"]);
        var family = Text(order?["product"]?["line"]?["family"]?["code"]);
        var requestType = Text(order?["request_type"]);
        if (type == "terminate")
        {
            return family == "F" ? [Terminate, FiberPro] : [Terminate];
        }

        return (family, requestType) switch
        {
            ("F" or "E", _) => [FiberPro],
            ("A" or "S" or "M", "activate") => [CopperActivate],
            ("A" or "S" or "M", "create" or "create_nearby" or "create_neighbour") => [CopperLineBuilding],
            _ => [],
        };
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
