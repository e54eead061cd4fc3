using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string TransitionsFeature = "lifecycle/transitions.feature";

    /// <summary>ORD-TRANSITIONS beyond a submitted copper activate order: drafts, self-moves, pending/held → acknowledged, other kinds.</summary>
    private static IEnumerable<CaughtCase> Transitions()
    {
        static bool Moves(Call c) => c.Method == "POST" && c.Path.StartsWith("/_simulator/orders/", StringComparison.Ordinal) && c.Path.Contains("/transitions", StringComparison.Ordinal);

        // The control API turns its refusal of a move into an acceptance when the refusal's own words match
        // (the draft scenarios make no move before theirs, so there any refusal is the draft's).
        static Mutant Accepts(string name, Func<string, bool> refused) => Mutant.Reply(name, Moves, (call, status, body) =>
            status == 409 && refused($"to {call.Json?["to"]?.GetValue<string>()}: " + string.Join(" ", Details(body).SelectMany(d => d["errors"]!.AsArray()).Select(e => e!.GetValue<string>())))
                ? (200, new JsonObject { ["status"] = "moved" })
                : (status, body));

        // The control API refuses a move it should accept, for one kind of order.
        static Mutant Refuses(string name, Func<JsonNode?, bool> order, string to) => Mutant.Reply(name, Moves, (call, status, body) =>
            status == 200 && call.Json?["to"]?.GetValue<string>() == to && order(body)
                ? (409, JsonNode.Parse("""{"apirequest_uuid": "KOSC_00000000-0000-4000-8000-000000000000", "error": "refused", "details": null}"""))
                : (status, body));

        yield return new("draft-moved-by-covage",
            Accepts("Covage moves drafts", _ => true),
            TransitionsFeature, "Covage cannot move a draft to", "the control API refuses it");
        foreach (var status in new[] { "submitted", "acknowledged", "running", "pending", "held" })
        {
            yield return new($"self-move-{status}",
                Accepts("Covage moves an order to the status it has", words => words.Contains($"{status} → {status} ", StringComparison.Ordinal)
                    || (status == "submitted" && words.StartsWith("to submitted:", StringComparison.Ordinal))),
                TransitionsFeature, $"Covage may not move an order {status} → {status}", "the control API refuses it");
        }

        foreach (var from in new[] { "pending", "held" })
        {
            yield return new($"{from}-to-acknowledged",
                Accepts($"Covage moves {from} orders back to acknowledged", words => words.Contains($"{from} → acknowledged", StringComparison.Ordinal)),
                TransitionsFeature, $"Covage may not move an order {from} → acknowledged", "the control API refuses it");
        }

        yield return new("fiber-not-cancelled",
            Refuses("Fiber Pro orders cannot be cancelled", o => o?["product"]?["line"]?["family"]?["code"]?.GetValue<string>() == "F", "cancelled"),
            TransitionsFeature, "Covage may move a Fiber Pro order pending → cancelled", "the control API accepts it");
        yield return new("line-building-not-completed",
            Refuses("line-building orders cannot be completed", o => o?["request_type"]?.GetValue<string>() is "create" or "create_nearby" or "create_neighbour", "completed"),
            TransitionsFeature, "Covage may move a copper line building order running → completed", "the control API accepts it");
        yield return new("fiber-accepts-anything",
            Accepts("Fiber Pro orders take any move", words => words.Contains('→')),
            TransitionsFeature, "Covage may not move a Fiber Pro order", "the control API refuses it");
        yield return new("terminate-accepts-anything",
            Accepts("terminate orders take any move", words => words.Contains('→')),
            TransitionsFeature, "Covage may not move a submitted terminate order", "the control API refuses it");
    }
}
