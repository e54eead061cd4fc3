using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// Reads one fault of <c>POST /_simulator/faults/</c>: <c>kind</c> (latency, throttle, unavailable,
/// drop), optional <c>operator_uuid</c>, <c>route</c>, <c>count</c> or <c>fraction</c>, and the kind's
/// own settings (<c>latency_ms</c>, <c>retry_after</c>, <c>processed</c>). Unknown keys are refused
/// so that a misspelt setting is not silently ignored.
/// </summary>
internal static class FaultRequest
{
    private const string Rule = "SIM-FAULT";

    private static readonly string[] Keys = ["kind", "operator_uuid", "route", "latency_ms", "retry_after", "count", "fraction", "processed"];

    public static Outcome<FaultSpec> Parse(JsonNode? node, string at, Func<string, bool> operatorExists)
    {
        if (node is not JsonObject body)
        {
            return Refusal.Invalid(Rule, at.TrimEnd('.'), "Expected a fault object.");
        }

        var violations = new List<Violation>();
        void Bad(string field, string message) => violations.Add(new(Rule, at + field, message));
        foreach (var key in body.Select(p => p.Key).Where(k => !Keys.Contains(k)))
        {
            Bad(key, $"Unknown setting; expected one of {string.Join(", ", Keys)}.");
        }

        FaultKind? kind = Json.String(body["kind"]) switch
        {
            "latency" => FaultKind.Latency,
            "throttle" => FaultKind.Throttle,
            "unavailable" => FaultKind.Unavailable,
            "drop" => FaultKind.Drop,
            _ => null,
        };
        if (kind is null)
        {
            Bad("kind", "Expected latency, throttle, unavailable or drop.");
        }

        var operatorUuid = Json.String(body["operator_uuid"]);
        if (body["operator_uuid"] is not null && (operatorUuid is null || !operatorExists(operatorUuid)))
        {
            Bad("operator_uuid", "Expected the uuid of a seeded operator (GET /_simulator/fixtures/).");
        }

        FaultRoute? route = null;
        if (body["route"] is { } routeNode && (Json.String(routeNode) is not { } text || (route = FaultRoute.Parse(text)) is null))
        {
            Bad("route", "Expected \"METHOD /path\" such as \"POST /api/v2/orders/{uuid}/events/info/\" (method optional, * for any).");
        }

        var latency = Number(body, "latency_ms", 1, 600_000, Bad);
        if (kind == FaultKind.Latency && latency is null)
        {
            Bad("latency_ms", "A latency fault needs latency_ms (1 to 600000).");
        }

        var retryAfter = Number(body, "retry_after", 0, 86_400, Bad);
        var count = Number(body, "count", 1, 1_000_000, Bad);
        double? fraction = null;
        if (body["fraction"] is { } f)
        {
            if (Json.Kind(f) == JsonValueKind.Number && f.GetValue<double>() is > 0 and <= 1)
            {
                fraction = f.GetValue<double>();
            }
            else
            {
                Bad("fraction", "Expected a number above 0 and at most 1.");
            }
        }

        var processed = true;
        if (body["processed"] is { } p)
        {
            if (Json.IsBool(p) && kind == FaultKind.Drop)
            {
                processed = p.GetValue<bool>();
            }
            else
            {
                Bad("processed", "Only a drop fault takes processed, a boolean.");
            }
        }

        if (violations.Count > 0)
        {
            return Refusal.Invalid(violations);
        }

        return new FaultSpec(kind!.Value, operatorUuid, route, TimeSpan.FromMilliseconds(latency ?? 0), retryAfter, count, fraction, processed);
    }

    private static int? Number(JsonObject body, string key, int min, int max, Action<string, string> bad)
    {
        if (body[key] is not { } node)
        {
            return null;
        }

        if (Json.Kind(node) == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out var value) && value >= min && value <= max)
        {
            return value;
        }

        bad(key, $"Expected a whole number from {min} to {max}.");
        return null;
    }
}
