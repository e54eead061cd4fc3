using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string FeedFeature = "events/events-feed.feature";

    /// <summary>EVT-DEFAULT-ORDER: a feed that lists by creation (not by event_date) is caught once an event is late.</summary>
    private static IEnumerable<CaughtCase> Events()
    {
        static bool DefaultFeed(Call c) => c.Is("GET", "/api/events/") && !c.Query.Contains("sort=", StringComparison.Ordinal);

        yield return new("default-feed-by-creation",
            Mutant.Answer("the default feed is newest creation first", DefaultFeed,
                (_, body) => body is JsonArray items ? new JsonArray([.. items.OrderByDescending(e => e!["creation_date"]!.GetValue<string>(), StringComparer.Ordinal).Select(e => e!.DeepClone())]) : body),
            FeedFeature, "an order's events by default come newest event_date first", "in this order");

        yield return new("fiber-appointment-end-left-out",
            Mutant.Answer("fibre appointments carry the data as sent", Feed, (_, body) => EditAppointments(body, data => data.Remove("end_date"))),
            "events/event-data.feature", "on a fibre order an appointment sent without an end shows end_date null", "\"order-appointment-agreed\" event has the data");
        yield return new("fiber-appointment-end-filled",
            Mutant.Answer("fibre appointments get a two-hour slot", Feed, (_, body) => EditAppointments(body, data => data["end_date"] = data["start_date"]?.DeepClone())),
            "events/event-data.feature", "on a fibre order an appointment sent without an end shows end_date null", "\"end_date\" equal to \"null\"");
        yield return new("line-building-appointment-without-end",
            Mutant.Answer("copper appointments lose their end", Feed, (_, body) => EditAppointments(body, data => data["end_date"] = null)),
            "orders/submit.feature", "a copper create order goes through an appointment", "\"end_date\" equal to");
        yield return new("line-building-appointment-hidden",
            Mutant.Answer("appointments never reach the operator's feed", Feed,
                (_, body) => body is JsonArray items ? new JsonArray([.. items.Where(e => e?["type"]?.GetValue<string>() != "order-appointment-agreed").Select(e => e!.DeepClone())]) : body),
            "orders/submit.feature", "a copper create_nearby order goes through an appointment", "the order's events are");
        yield return new("activation-takes-appointment",
            Mutant.Reply("copper activations take appointments", c => c.Method == "POST" && c.Path.EndsWith("/events/", StringComparison.Ordinal) && c.Path.StartsWith("/_simulator/", StringComparison.Ordinal)
                && c.Json?["type"]?.GetValue<string>() == "order-appointment-agreed", (_, status, body) => status >= 400 ? (200, new JsonObject { ["type"] = "order-appointment-agreed" }) : (status, body)),
            "orders/submit.feature", "a copper activation of an existing line goes through no appointment", "the control API refuses it");
    }

    private static bool Feed(Call c) => c.Is("GET", "/api/events/");

    private static JsonNode? EditAppointments(JsonNode? body, Action<JsonObject> edit)
    {
        foreach (var data in (body as JsonArray ?? []).Where(e => e?["type"]?.GetValue<string>() == "order-appointment-agreed").Select(e => e!["data"]).OfType<JsonObject>())
        {
            edit(data);
        }

        return body;
    }
}
