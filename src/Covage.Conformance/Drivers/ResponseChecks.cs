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

    /// <summary>
    /// A refusal: one of <paramref name="statuses"/> (any 4xx when empty), the error envelope, and a detail naming each
    /// of <paramref name="fields"/>. Every difference is reported at once, under the scenario's rule.
    /// </summary>
    public static void Refused(string rule, ApiExchange exchange, IReadOnlyList<int> statuses, IReadOnlyList<string>? fields = null)
    {
        var differences = new List<Difference>();
        if (statuses.Count > 0 ? !statuses.Contains(exchange.Status) : exchange.Status is < 400 or >= 500)
        {
            differences.Add(new("status", statuses.Count > 0 ? string.Join(" or ", statuses) : "a 4xx client error", exchange.Status.ToString(CultureInfo.InvariantCulture)));
        }

        if (exchange.Status >= 400)
        {
            differences.AddRange(ErrorEnvelope.Problems(exchange.Json).Select(p => p with { At = p.At + " (ERR-ENVELOPE)" }));
        }

        var named = ErrorEnvelope.Fields(exchange.Json);
        foreach (var field in fields ?? [])
        {
            if (!ErrorEnvelope.Names(exchange.Json, field))
            {
                differences.Add(new("$.details[*].field", $"a detail naming {field}", named.Count == 0 ? "(no field named)" : string.Join(", ", named)));
            }
        }

        if (differences.Count > 0)
        {
            throw Failures.Several(rule, "the request must be refused", differences, exchange);
        }
    }

    public static void Envelope(string rule, ApiExchange exchange)
    {
        var problems = ErrorEnvelope.Problems(exchange.Json);
        if (problems.Count > 0)
        {
            throw Failures.Several("ERR-ENVELOPE", $"the error answer breaks the Covage error envelope (checking {rule})", problems, exchange);
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
