using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string StatusDatesFeature = "lifecycle/status-dates.feature";

    /// <summary>ORD-STATUS-DATES: dates are compared with the order's history, not only checked to be dates.</summary>
    private static IEnumerable<CaughtCase> StatusDates()
    {
        static bool ReadsOrder(Call c) => c.Is("GET", "/api/v2/orders/[0-9a-f-]{36}/");

        yield return new("submission-date-is-creation-date",
            Mutant.Answer("submission_date shows the creation date", ReadsOrder, (_, body) => Copy(body, "creation_date", "submission_date", onlyIfSet: true)),
            StatusDatesFeature, "submitting stamps submission_date", "\"submission_date\" was stamped by this change");
        yield return new("status-date-fixed-in-the-past",
            Mutant.Answer("acknowledged_date is a fixed date", ReadsOrder, (_, body) => SetIfSet(body, "acknowledged_date", "2019-01-01T00:00:00.000000Z")),
            StatusDatesFeature, "entering acknowledged stamps", "\"acknowledged_date\" was stamped by this change");
        yield return new("updated-status-date-not-moved",
            Mutant.Answer("updated_status_date stays the creation date", ReadsOrder, (_, body) => Copy(body, "creation_date", "updated_status_date", onlyIfSet: false)),
            StatusDatesFeature, "entering running stamps", "\"updated_status_date\" was stamped by this change");
        yield return new("submission-date-restamped",
            Mutant.Answer("submission_date moves with every status change", ReadsOrder, (_, body) => Copy(body, "updated_status_date", "submission_date", onlyIfSet: true)),
            StatusDatesFeature, "moving to running keeps the dates", "have not changed");
        yield return new("acknowledged-date-restamped",
            Mutant.Answer("acknowledged_date moves with every status change", ReadsOrder, (_, body) => Copy(body, "updated_status_date", "acknowledged_date", onlyIfSet: true)),
            StatusDatesFeature, "moving to completed keeps the dates", "have not changed");
        yield return new("draft-has-submission-date",
            Mutant.Answer("a draft shows a submission date", ReadsOrder, (_, body) => Copy(body, "creation_date", "submission_date", onlyIfSet: false)),
            StatusDatesFeature, "a new draft carries no milestone date yet", "\"submission_date\" is null or absent");
    }

    private static JsonNode? Copy(JsonNode? body, string from, string to, bool onlyIfSet)
    {
        if (body is JsonObject order && (!onlyIfSet || order[to] is not null))
        {
            order[to] = order[from]?.DeepClone();
        }

        return body;
    }

    private static JsonNode? SetIfSet(JsonNode? body, string field, string value)
    {
        if (body is JsonObject order && order[field] is not null)
        {
            order[field] = value;
        }

        return body;
    }
}
