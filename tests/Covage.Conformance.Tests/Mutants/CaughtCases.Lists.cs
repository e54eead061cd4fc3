using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string ListFeature = "lists/order-list.feature";

    /// <summary>LST-SORT: orders submitted in another order than created tell the sorts apart, in both directions.</summary>
    private static IEnumerable<CaughtCase> Lists()
    {
        static Func<Call, bool> Sorts(string sort) => c => c.Is("GET", "/api/v2/orders/") && c.Query.Split('&').Contains("sort=" + sort);

        static JsonNode? By(JsonNode? body, string field, bool descending)
        {
            if (body is not JsonArray items)
            {
                return body;
            }

            var sorted = descending
                ? items.OrderByDescending(o => o?[field]?.ToJsonString(), StringComparer.Ordinal)
                : items.OrderBy(o => o?[field]?.ToJsonString(), StringComparer.Ordinal);
            return new JsonArray([.. sorted.Select(o => o!.DeepClone())]);
        }

        yield return new("sort-submission-date-by-creation",
            Mutant.Answer("sort=submission_date sorts by creation", Sorts("submission_date"), (_, body) => By(body, "creation_date", descending: false)),
            ListFeature, "orders created 1, 2, 3 and submitted 2, 3, 1 come as 2, 3, 1 with sort=submission_date", "in this order");
        yield return new("sort-reverse-submission-date-by-creation",
            Mutant.Answer("sort=-submission_date sorts by creation", Sorts("-submission_date"), (_, body) => By(body, "creation_date", descending: true)),
            ListFeature, "orders created 1, 2, 3 and submitted 2, 3, 1 come as 1, 3, 2 with sort=-submission_date", "in this order");
        yield return new("sort-submission-date-ignored",
            Mutant.Answer("sort=submission_date ignored: newest creation first", Sorts("submission_date"), (_, body) => By(body, "creation_date", descending: true)),
            ListFeature, "sort=submission_date sorts by submission_date ascending", "the list is sorted by");
        yield return new("sort-creation-date-ascending-ignored",
            Mutant.Answer("sort=creation_date ignored: newest first", Sorts("creation_date"), (_, body) => By(body, "creation_date", descending: true)),
            ListFeature, "orders created 1, 2, 3 and submitted 2, 3, 1 come as 1, 2, 3 with sort=creation_date", "in this order");
    }
}
