using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string TerminateFeature = "orders/terminate-order.feature";

    /// <summary>CRT-TERMINATE-REF: the pre-filled values are the service's, and nothing of another order.</summary>
    private static IEnumerable<CaughtCase> Terminate()
    {
        static bool CreatesTerminate(Call c) => c.Is("POST", "/api/v2/orders/") && c.Json?["type"]?.GetValue<string>() == "terminate";

        var carriesOrderRef = Mutant.Answer("terminate carries another order's order_ref", CreatesTerminate,
            (_, body) => Set(body, "operator_info", "order_ref", "SOMEONE-ELSES-REF"));
        yield return new("terminate-carries-order-ref", carriesOrderRef, TerminateFeature, "a terminate order by service uuid is pre-filled from the service", "\"operator_info.order_ref\" is null or absent");
        yield return new("terminate-of-order-carries-order-ref", carriesOrderRef, TerminateFeature, "a terminate order for the service of a completed order", "\"operator_info.order_ref\" is null or absent");
        yield return new("terminate-other-customer",
            Mutant.Answer("terminate pre-fills another end customer", CreatesTerminate, (_, body) => Set(body, "end_customer", "name", "Somebody Else")),
            TerminateFeature, "a terminate order for the service of a completed order", "\"end_customer\" is order A's");
        yield return new("terminate-other-address",
            Mutant.Answer("terminate pre-fills the seed address", CreatesTerminate, (_, body) =>
            {
                Set(body?["bounds"]?[0], "address", "street_number", "999");
                return body;
            }),
            TerminateFeature, "a terminate order for the service of a completed order", "\"bounds[0].address\" is order A's");
        yield return new("terminate-ends-service-at-completion",
            Mutant.Answer("a submitted terminate order leaves its service active until completion",
                c => c.Is("GET", "/api/events/") && c.Query.Contains("object_type=service", StringComparison.Ordinal),
                (_, body) => body is JsonArray items ? new JsonArray([.. items.Where(e => e?["type"]?.GetValue<string>() != "service-terminated").Select(e => e!.DeepClone())]) : body),
            TerminateFeature, "a complete terminate order is taken into account as soon as it is submitted", "the order's service has the event");
        yield return new("terminate-other-service-ref",
            Mutant.Answer("terminate names another service's reference", CreatesTerminate, (_, body) => Set(body, null, "service_ref", "S000101_00000")),
            TerminateFeature, "a terminate order by service uuid is pre-filled from the service", "\"service_ref\" is");
        yield return new("terminate-by-ref-other-uuid",
            Mutant.Answer("terminate by reference names another service's uuid", CreatesTerminate, (_, body) => Set(body, null, "service_uuid", "00000000-0000-4000-8000-000000000001")),
            TerminateFeature, "a terminate order by service reference names the same service", "\"service_uuid\" is");
    }

    /// <summary>Sets <paramref name="key"/> in <paramref name="node"/> (or in its child <paramref name="child"/>), creating the child if needed.</summary>
    public static JsonNode? Set(JsonNode? node, string? child, string key, JsonNode? value)
    {
        if (node is not JsonObject target)
        {
            return node;
        }

        if (child is not null)
        {
            if (target[child] is not JsonObject inner)
            {
                inner = [];
                target[child] = inner;
            }

            inner[key] = value;
        }
        else
        {
            target[key] = value;
        }

        return node;
    }
}
