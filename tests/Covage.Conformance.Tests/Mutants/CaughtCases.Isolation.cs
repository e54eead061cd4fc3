using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string IsolationFeature = "security/isolation.feature";

    /// <summary>AUTH-ISOLATION on every way in: the mutant serves another operator as if it were the owner.</summary>
    private static IEnumerable<CaughtCase> Isolation()
    {
        foreach (var (id, scenario, part) in new[]
        {
            ("event-by-uuid", "another operator cannot read the order's events one by one", Part.Event),
            ("bound-patch", "another operator cannot change the order's address", Part.Order),
            ("endpoint-patch", "another operator cannot change the order's OTP", Part.Order),
            ("submit", "another operator cannot submit the order", Part.Order),
            ("v1-read", "another operator cannot read the order through v1", Part.Order),
            ("v1-replace", "another operator cannot replace the order through v1", Part.Order),
            ("v1-submit", "another operator cannot submit the order through v1", Part.Order),
            ("v1-delete", "another operator cannot delete the order through v1", Part.Order),
        })
        {
            yield return new($"isolation-{id}", IgnoresOwner($"{id} serves any operator", part), IsolationFeature, scenario, "refused with status 404");
        }
    }

    /// <summary>Which calls the owner-ignoring mutant opens to everyone.</summary>
    private enum Part
    {
        Order,
        Event,
    }

    /// <summary>
    /// Learns which token owns each order (and which token read each event), then replays another
    /// operator's calls on that order or event with the owner's token: isolation switched off.
    /// </summary>
    private static Mutant IgnoresOwner(string name, Part part)
    {
        var owners = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        return new Mutant(name, async (request, send) =>
        {
            var call = await Call.ReadAsync(request);
            var token = request.Headers.Authorization?.ToString();
            var target = part == Part.Order ? OrderInPath().Match(call.Path) : EventInPath().Match(call.Path);
            if (target.Success && token is not null && owners.TryGetValue(target.Groups[1].Value, out var owner) && owner != token)
            {
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", owner);
            }

            var response = await send(request);
            if (token is not null && (int)response.StatusCode == 200 && call.Method is "POST" or "GET")
            {
                var text = await response.Content.ReadAsStringAsync();
                foreach (var uuid in Owned(text.Length == 0 ? null : JsonNode.Parse(text)))
                {
                    owners.TryAdd(uuid, token);
                }
            }

            return response;
        });
    }

    // The uuids of orders and events an answer shows its caller.
    private static IEnumerable<string> Owned(JsonNode? body) => body switch
    {
        JsonObject one when one["uuid"] is JsonValue uuid && one["reference"] is not null => [uuid.GetValue<string>()],
        JsonArray items => items.OfType<JsonObject>().Select(e => e["event_uuid"]?.GetValue<string>()).OfType<string>(),
        _ => [],
    };

    [GeneratedRegex("^/api/(?:v2/)?orders/([0-9a-f-]{36})/")]
    private static partial Regex OrderInPath();

    [GeneratedRegex("^/api/events/([0-9a-f-]{36})/$")]
    private static partial Regex EventInPath();
}
