using System.Globalization;
using System.Text.Json.Nodes;
using Reqnroll;
using Covage.Conformance.Drivers;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>The order list: filters, sorting, paging.</summary>
[Binding]
internal sealed class ListSteps(OrdersDriver orders, ScenarioState state, Placeholders placeholders)
{
    [When("{actor} lists orders with {string}")]
    public Task List(Actor actor, string query) => orders.ListAsync(placeholders.Fill(query), actor);

    [Then("the list holds exactly orders {string}")]
    public void HoldsExactly(string names)
    {
        var expected = Names(names).Select(n => state.Order(n).Uuid).ToHashSet(StringComparer.Ordinal);
        var actual = Uuids();
        if (!actual.ToHashSet(StringComparer.Ordinal).SetEquals(expected) || actual.Count != expected.Count)
        {
            throw Failures.Mismatch(state.RuleId, "the orders listed", Describe(expected), Describe(actual), "$[*].uuid", state.Last);
        }
    }

    [Then("the list holds orders {string} in this order")]
    public void HoldsInOrder(string names)
    {
        var expected = Names(names).Select(n => state.Order(n).Uuid).ToList();
        var actual = Uuids();
        if (!actual.SequenceEqual(expected))
        {
            throw Failures.Mismatch(state.RuleId, "the orders listed, in order", Describe(expected), Describe(actual), "$[*].uuid", state.Last);
        }
    }

    [Then("the list is sorted by {string} ascending")]
    public void Ascending(string field) => Sorted(field, false);

    [Then("the list is sorted by {string} descending")]
    public void Descending(string field) => Sorted(field, true);

    private void Sorted(string field, bool descending)
    {
        var items = Items();
        for (var i = 1; i < items.Count; i++)
        {
            var previous = JsonPaths.Show(JsonPaths.Get(items[i - 1], field));
            var current = JsonPaths.Show(JsonPaths.Get(items[i], field));
            var order = field.EndsWith("_date", StringComparison.Ordinal)
                ? ResponseChecks.ParseDate(previous).CompareTo(ResponseChecks.ParseDate(current))
                : string.CompareOrdinal(previous, current);
            if (descending ? order < 0 : order > 0)
            {
                throw Failures.Mismatch(state.RuleId, $"the list sorted by {field} {(descending ? "descending" : "ascending")}",
                    $"{previous} {(descending ? ">=" : "<=")} {current}", "the reverse", $"$[{i}].{field}", state.Last);
            }
        }
    }

    private JsonArray Items() => state.Last?.Json as JsonArray ?? throw Failures.Mismatch(state.RuleId, "listing orders", "200 with a list",
        state.Last?.Status.ToString(CultureInfo.InvariantCulture) ?? "no answer", "$", state.Last);

    private List<string> Uuids() => [.. Items().Select(o => o?["uuid"]?.GetValue<string>() ?? "")];

    private string Describe(IEnumerable<string> uuids) =>
        string.Join(", ", uuids.Select(u => state.FindByUuid(u) is { } o ? $"order {o.Name}" : u));

    private static string[] Names(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
