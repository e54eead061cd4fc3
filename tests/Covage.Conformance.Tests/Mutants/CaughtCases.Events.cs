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
    }
}
