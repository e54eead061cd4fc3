using System.Globalization;
using System.Text.Json.Nodes;
using Reqnroll;
using Covage.Conformance.Drivers;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>Events: the feed, one order's events, one event, the cursor, service events.</summary>
[Binding]
internal sealed class EventSteps(EventsDriver events, OrdersDriver orders, ScenarioState state, Placeholders placeholders)
{
    [When("{actor} reads the order's events")]
    public async Task ReadOrderEvents(Actor actor)
    {
        var exchange = await events.FeedAsync($"object_type=order&object_uuid={state.Order().Uuid}&sort=creation_date&limit=1000", actor);
        state.Events = exchange.Json as JsonArray;
    }

    [When("{actor} reads the events feed with {string}")]
    public async Task ReadFeed(Actor actor, string query)
    {
        var exchange = await events.FeedAsync(placeholders.Fill(query), actor);
        state.Events = exchange.Json as JsonArray;
    }

    [Given("the operator has read the order's events and kept the cursor")]
    public async Task KeepCursor()
    {
        var (_, items) = await events.OrderEventsAsync(state.Order());
        state.Cursor = items.Count == 0 ? null : items[^1]?["sort_value"]?.GetValue<string>();
    }

    [When("the operator reads the order's events after the cursor")]
    public async Task ReadAfterCursor()
    {
        var cursor = state.Cursor ?? throw new InvalidOperationException("no cursor kept yet");
        var exchange = await events.FeedAsync($"object_type=order&object_uuid={state.Order().Uuid}&sort=creation_date&after={Uri.EscapeDataString(cursor)}");
        state.Events = exchange.Json as JsonArray;
    }

    [When("the operator walks the order's events {int} at a time with the cursor")]
    public async Task Walk(int size)
    {
        var seen = new JsonArray();
        string? cursor = null;
        for (var page = 0; page < 200; page++)
        {
            var query = $"object_type=order&object_uuid={state.Order().Uuid}&sort=creation_date&limit={size}" + (cursor is null ? "" : "&after=" + Uri.EscapeDataString(cursor));
            var exchange = await events.FeedAsync(query);
            if (exchange.Status != 200 || exchange.Json is not JsonArray items)
            {
                state.Events = null;
                return;
            }

            if (items.Count == 0)
            {
                break;
            }

            foreach (var item in items)
            {
                seen.Add(item?.DeepClone());
            }

            cursor = items[^1]?["sort_value"]?.GetValue<string>();
        }

        state.Events = seen;
    }

    [When("{actor} reads the order's first event by its uuid")]
    public async Task ReadFirst(Actor actor)
    {
        var (_, items) = await events.OrderEventsAsync(state.Order());
        var uuid = items.Count > 0 ? items[0]?["event_uuid"]?.GetValue<string>() : null;
        await events.OneAsync(uuid ?? throw new InvalidOperationException("the order has no event to read"), actor);
    }

    [Then("the events read are, in this order: {string}")]
    public void EventsInOrder(string expected) => CompareTypes(Read(), Split(expected), state.Last);

    [When("the operator reads the event {string}")]
    public Task ReadOne(string uuid) => events.OneAsync(placeholders.Fill(uuid));

    [Then("the events read are, oldest first: {string}")]
    public void EventsAre(string expected) => CompareTypes(Read(), Split(expected), state.Last);

    [Then("the events read include {string}")]
    public void EventsInclude(string type)
    {
        if (!Types(Read()).Contains(type))
        {
            throw Failures.Mismatch(state.RuleId, "the events read", $"an {type} event", string.Join(", ", Types(Read())), "$[*].type", state.Last);
        }
    }

    [Then("no events are read")]
    public void NoEvents()
    {
        if (Read().Count != 0)
        {
            throw Failures.Mismatch(state.RuleId, "the events read", "an empty list", string.Join(", ", Types(Read())), "$", state.Last);
        }
    }

    [Then("the walk saw every event of the order exactly once, oldest first")]
    public async Task WalkComplete()
    {
        var walked = Read().Select(e => e?["event_uuid"]?.GetValue<string>()).ToList();
        var (exchange, all) = await events.OrderEventsAsync(state.Order());
        var expected = all.Select(e => e?["event_uuid"]?.GetValue<string>()).ToList();
        if (!walked.SequenceEqual(expected))
        {
            throw Failures.Mismatch("EVT-CURSOR", "following the cursor page by page must give every event once, in order",
                string.Join(", ", expected), string.Join(", ", walked), "$[*].event_uuid", exchange);
        }
    }

    [Then("every event read has {string} equal to {string}")]
    public void EveryEventHas(string path, string expected)
    {
        var wanted = placeholders.Fill(expected);
        var items = Read();
        for (var i = 0; i < items.Count; i++)
        {
            if (JsonPaths.Show(JsonPaths.Get(items[i], path)) != wanted)
            {
                throw Failures.Mismatch(state.RuleId, $"every event's {path}", wanted, JsonPaths.Show(JsonPaths.Get(items[i], path)), $"$[{i}].{path}", state.Last);
            }
        }
    }

    [Then("every event read carries the fields:")]
    public void EveryEventCarries(DataTable fields)
    {
        var items = Read();
        if (items.Count == 0)
        {
            throw Failures.Mismatch(state.RuleId, "events to check", "at least one event", "none", "$", state.Last);
        }

        for (var i = 0; i < items.Count; i++)
        {
            foreach (var field in fields.Rows.Select(r => r[0]))
            {
                if (items[i] is not JsonObject item || !item.ContainsKey(field))
                {
                    throw Failures.Mismatch(state.RuleId, "an event misses a field", field, "(absent)", $"$[{i}].{field}", state.Last);
                }
            }
        }
    }

    [Then("at most {int} event(s) are read")]
    public void AtMost(int count)
    {
        if (Read().Count > count)
        {
            throw Failures.Mismatch(state.RuleId, "the page size", $"at most {count}", Read().Count.ToString(CultureInfo.InvariantCulture), "$", state.Last);
        }
    }

    [Then("the events read are sorted by {string} descending")]
    public void SortedDescending(string field) => Sorted(field, descending: true);

    [Then("the events read are sorted by {string} ascending")]
    public void SortedAscending(string field) => Sorted(field, descending: false);

    [Then("the order's events are, oldest first: {string}")]
    public async Task OrderEventsAre(string expected)
    {
        var (exchange, items) = await events.OrderEventsAsync(state.Order());
        CompareTypes(items, Split(expected), exchange);
    }

    [Then("the order's status events are, oldest first: {string}")]
    public async Task StatusEventsAre(string expected)
    {
        var (exchange, items) = await events.OrderEventsAsync(state.Order());
        var matrix = EventMatrixSource.Matrix;
        var statusEvents = new JsonArray([.. items.Where(e => matrix.StatusOf(e?["type"]?.GetValue<string>() ?? "") is not null).Select(e => e?.DeepClone())]);
        CompareTypes(statusEvents, Split(expected), exchange);
    }

    [Then("the order's events include {string}")]
    public async Task OrderEventsInclude(string type)
    {
        var (exchange, items) = await events.OrderEventsAsync(state.Order());
        if (!Types(items).Contains(type))
        {
            throw Failures.Mismatch(state.RuleId, "the order's events", $"an {type} event", string.Join(", ", Types(items)), "$[*].type", exchange);
        }
    }

    [Then("the order has {int} {string} event(s)")]
    public async Task OrderEventCount(int count, string type)
    {
        var (exchange, items) = await events.OrderEventsAsync(state.Order());
        var actual = Types(items).Count(t => t == type);
        if (actual != count)
        {
            throw Failures.Mismatch(state.RuleId, $"the number of {type} events", count.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture), "$[*].type", exchange);
        }
    }

    [Then("the order's {string} event has the data {string} equal to {string}")]
    public async Task EventData(string type, string path, string expected)
    {
        var (exchange, item) = await LastOfType(type);
        var wanted = TextValue.Decode(placeholders.Fill(expected));
        var found = JsonPaths.TryGet(item, "data." + path, out var actual);
        if (!found || JsonPaths.Show(actual) != wanted)
        {
            throw Failures.Mismatch(state.RuleId, $"the {type} event's data.{path}", wanted, found ? JsonPaths.Show(actual) : "(absent)", $"$[?(@.type=='{type}')].data.{path}", exchange);
        }
    }

    [Then("the order's {string} event has the data {string}")]
    public async Task EventDataPresent(string type, string path)
    {
        var (exchange, item) = await LastOfType(type);
        if (JsonPaths.Get(item, "data." + path) is null)
        {
            throw Failures.Mismatch(state.RuleId, $"the {type} event's data.{path}", "a value", "(absent or null)", $"$[?(@.type=='{type}')].data.{path}", exchange);
        }
    }

    [Then("the order's {string} event carries the order's {string} as its data {string}")]
    public async Task EventDataFromOrder(string type, string orderPath, string dataPath)
    {
        var order = await orders.ReadAsync(state.Order());
        var expected = JsonPaths.Show(JsonPaths.Get(order, orderPath));
        var (exchange, item) = await LastOfType(type);
        var actual = JsonPaths.Show(JsonPaths.Get(item, "data." + dataPath));
        if (actual != expected)
        {
            throw Failures.Mismatch(state.RuleId, $"the {type} event's data.{dataPath} must be the order's {orderPath}", expected, actual, $"$[?(@.type=='{type}')].data.{dataPath}", exchange);
        }
    }

    [Then("the order's service has the event {string}")]
    public async Task ServiceEvent(string type)
    {
        var (exchange, items) = await ServiceEventsAsync();
        if (!Types(items).Contains(type))
        {
            throw Failures.Mismatch(state.RuleId, "the service's events", $"an {type} event", string.Join(", ", Types(items)), "$[*].type", exchange);
        }
    }

    [Then("the order's service has {int} {string} event(s)")]
    public async Task ServiceEventCount(int count, string type)
    {
        var (exchange, items) = await ServiceEventsAsync();
        var actual = Types(items).Count(t => t == type);
        if (actual != count)
        {
            throw Failures.Mismatch(state.RuleId, $"the number of the service's {type} events", count.ToString(CultureInfo.InvariantCulture),
                actual.ToString(CultureInfo.InvariantCulture), "$[*].type", exchange);
        }
    }

    private async Task<(ApiExchange Exchange, JsonArray Items)> ServiceEventsAsync()
    {
        var order = await orders.ReadAsync(state.Order());
        var service = JsonPaths.Get(order, "service_uuid")?.GetValue<string>()
            ?? throw Failures.Mismatch(state.RuleId, "the order must name its service", "service_uuid", "(absent)", "$.service_uuid", state.Last);
        var exchange = await events.FeedAsync($"object_type=service&object_uuid={service}&sort=creation_date&limit=1000");
        return (exchange, exchange.Json as JsonArray ?? []);
    }

    private async Task<(ApiExchange Exchange, JsonNode Item)> LastOfType(string type)
    {
        var (exchange, items) = await events.OrderEventsAsync(state.Order());
        var item = items.LastOrDefault(e => e?["type"]?.GetValue<string>() == type)
            ?? throw Failures.Mismatch(state.RuleId, "the order's events", $"an {type} event", string.Join(", ", Types(items)), "$[*].type", exchange);
        return (exchange, item);
    }

    private void Sorted(string field, bool descending)
    {
        var values = Read().Select(e => JsonPaths.Get(e, field)?.GetValue<string>()).ToList();
        for (var i = 1; i < values.Count; i++)
        {
            var order = ResponseChecks.ParseDate(values[i - 1] ?? "").CompareTo(ResponseChecks.ParseDate(values[i] ?? ""));
            if (descending ? order < 0 : order > 0)
            {
                throw Failures.Mismatch(state.RuleId, $"events sorted by {field} {(descending ? "descending" : "ascending")}", $"{values[i - 1]} {(descending ? ">=" : "<=")} {values[i]}",
                    "the reverse", $"$[{i}].{field}", state.Last);
            }
        }
    }

    private void CompareTypes(JsonArray items, IReadOnlyList<string> expected, ApiExchange? exchange)
    {
        var actual = Types(items);
        if (!actual.SequenceEqual(expected))
        {
            throw Failures.Mismatch(state.RuleId, "the events, oldest first", string.Join(", ", expected), string.Join(", ", actual), "$[*].type", exchange);
        }
    }

    private JsonArray Read() => state.Events ?? throw Failures.Mismatch(state.RuleId, "reading events", "200 with a list of events",
        state.Last?.Status.ToString(CultureInfo.InvariantCulture) ?? "no answer", "status", state.Last);

    private static List<string> Types(JsonArray items) => [.. items.Select(e => e?["type"]?.GetValue<string>() ?? "")];

    private static List<string> Split(string list) => [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
