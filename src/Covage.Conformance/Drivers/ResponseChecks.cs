using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Http;

namespace Covage.Conformance.Drivers;

/// <summary>Checks on what an answer shows; each failure names the rule, expected vs actual, the path and the exchange.</summary>
internal static partial class ResponseChecks
{
    public static void Status(string rule, ApiExchange exchange, int expected)
    {
        if (exchange.Status != expected)
        {
            throw Failures.Mismatch(rule, "unexpected status", expected.ToString(CultureInfo.InvariantCulture), exchange.Status.ToString(CultureInfo.InvariantCulture), "status", exchange);
        }
    }

    /// <summary>A refusal: the status (or any 4xx when null) and a well-formed error envelope.</summary>
    public static void Refused(string rule, ApiExchange exchange, int? expected)
    {
        if (expected is { } status ? exchange.Status != status : exchange.Status is < 400 or >= 500)
        {
            throw Failures.Mismatch(rule, "the request must be refused", expected?.ToString(CultureInfo.InvariantCulture) ?? "a 4xx client error",
                exchange.Status.ToString(CultureInfo.InvariantCulture), "status", exchange);
        }

        Envelope(rule, exchange);
    }

    public static void Envelope(string rule, ApiExchange exchange)
    {
        var problems = ErrorEnvelope.Problems(exchange.Json);
        if (problems.Count > 0)
        {
            throw Failures.Mismatch("ERR-ENVELOPE", $"the error answer breaks the Covage error envelope (checking {rule})",
                "{\"apirequest_uuid\": \"KOSC_<uuid>\", \"error\": \"...\", \"details\": [...] | null}", string.Join("; ", problems), "$", exchange);
        }
    }

    public static void NamesField(string rule, ApiExchange exchange, string field)
    {
        if (!ErrorEnvelope.Names(exchange.Json, field))
        {
            var named = ErrorEnvelope.Fields(exchange.Json);
            throw Failures.Mismatch(rule, "the error details must name the offending field", field,
                named.Count == 0 ? "(no field named)" : string.Join(", ", named), "$.details[*].field", exchange);
        }
    }

    public static void IsDate(string rule, JsonNode? root, string path, ApiExchange exchange)
    {
        var value = JsonPaths.Get(root, path);
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || !IsoDate().IsMatch(text))
        {
            throw Failures.Mismatch(rule, $"{path} must be an ISO-8601 date", "e.g. 2019-10-16T09:59:04.541090Z", JsonPaths.Show(value), "$." + path, exchange);
        }
    }

    public static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoDate();
}
