using System.Text.Json.Nodes;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Drivers;

/// <summary>
/// The events API. Every read of events is checked against the events matrix for the orders this
/// scenario knows (EVT-MATRIX, EVT-FIBER-SET): an event outside the order's column fails the step.
/// </summary>
internal sealed class EventsDriver(ApiClient api, ScenarioState state)
{
    private const string Events = "/api/events/";

    /// <summary>The order's events, oldest first (sort=creation_date), all pages.</summary>
    public async Task<(ApiExchange Exchange, JsonArray Items)> OrderEventsAsync(TrackedOrder order, Actor? actor = null)
    {
        var exchange = await FeedAsync($"object_type=order&object_uuid={order.Uuid}&sort=creation_date&limit=1000", actor ?? order.Owner);
        if (exchange.Status != 200 || exchange.Json is not JsonArray items)
        {
            throw Failures.Mismatch(state.RuleId, "could not read the order's events", "200 with a list", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }

        return (exchange, items);
    }

    public async Task<ApiExchange> FeedAsync(string query, Actor actor = Actor.Primary)
    {
        var exchange = await api.SendAsync(new ApiRequest(HttpMethod.Get, Events + (query.Length > 0 ? "?" + query.TrimStart('?') : "")) { Actor = actor });
        state.Last = exchange;
        if (exchange.Status == 200 && exchange.Json is JsonArray items)
        {
            CheckMatrix(items, exchange, state, EventMatrixSource.Matrix);
        }

        return exchange;
    }

    public async Task<ApiExchange> OneAsync(string eventUuid, Actor actor = Actor.Primary)
    {
        var exchange = await api.SendAsync(new ApiRequest(HttpMethod.Get, $"{Events}{eventUuid}/") { Actor = actor });
        state.Last = exchange;
        if (exchange.Status == 200 && exchange.Json is JsonObject item)
        {
            CheckMatrix(new JsonArray(item.DeepClone()), exchange, state, EventMatrixSource.Matrix);
        }

        return exchange;
    }

    /// <summary>The passive check: every order event of a known order must be allowed in each of its columns.</summary>
    public static void CheckMatrix(JsonArray items, ApiExchange exchange, ScenarioState state, EventMatrix matrix)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (Text(items[i]?["object_type"]) != "order" || Text(items[i]?["object_uuid"]) is not { } uuid || state.FindByUuid(uuid) is not { } order)
            {
                continue;
            }

            var type = Text(items[i]?["type"]) ?? "";
            foreach (var column in order.Columns)
            {
                var verdict = matrix.Verdict(column, type);
                if (verdict is null)
                {
                    throw Failures.Mismatch("EVT-TYPES", $"{order.Name} ({column}) received an event type the kit does not know",
                        "one of the order event types of the events matrix", type, $"$[{i}].type", exchange);
                }

                if (verdict == EventVerdict.Forbidden)
                {
                    throw Failures.Mismatch(EventMatrix.RuleOf(column), $"{order.Name} is a {column} order: it must never receive {type}",
                        $"an event of the {column} column", type, $"$[{i}].type", exchange);
                }
            }
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
