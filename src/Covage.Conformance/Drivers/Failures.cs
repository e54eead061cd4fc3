using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.Http;

namespace Covage.Conformance.Drivers;

/// <summary>
/// Builds the kit's failures: the rule, what was expected, what was seen, where, and the exchange.
/// The first line of every failure stands alone (reports list failures by it): it carries the first
/// difference itself and, when the status differs, what the provider answered.
/// </summary>
internal static class Failures
{
    private const int ShortLength = 120;

    public static ConformanceException Mismatch(string rule, string what, string expected, string actual, string at, ApiExchange? exchange) =>
        Several(rule, what, [new Difference(at, expected, actual)], exchange);

    /// <summary>Every difference a check found, at once; the first one heads the message.</summary>
    public static ConformanceException Several(string rule, string what, IReadOnlyList<Difference> differences, ApiExchange? exchange)
    {
        var text = new StringBuilder();
        text.Append(what).Append(": ").Append(differences[0]);
        if (differences.Count > 1)
        {
            text.Append(" (and ").Append(differences.Count - 1).Append(" more)");
        }

        if (exchange is not null && differences.Any(d => d.At == "status"))
        {
            text.Append("; ").Append(ProviderAnswer(exchange));
        }

        if (differences.Count == 1)
        {
            var only = differences[0];
            text.AppendLine().Append("    expected: ").Append(only.Expected)
                .AppendLine().Append("    actual:   ").Append(only.Actual)
                .AppendLine().Append("    at:       ").Append(only.At);
        }
        else
        {
            foreach (var difference in differences)
            {
                text.AppendLine().Append("    - ").Append(difference.At).Append(": expected ").Append(difference.Expected).Append(", got ").Append(difference.Actual);
            }
        }

        return new ConformanceException(rule, text.ToString(), exchange);
    }

    public static ConformanceException Control(string rule, string what, string expected, ControlAnswer answer) =>
        new(rule, $"{what}: expected {expected}, got {answer.Status} {Short(answer.Body?.ToJsonString() ?? "")}".TrimEnd()
            + $"{Environment.NewLine}    expected: {expected}{Environment.NewLine}    actual:   {answer.Status}{Environment.NewLine}{answer.Describe()}");

    /// <summary>
    /// What the provider said, on one line: <c>the provider answered 400 "Invalid input" [type: ORD-TYPE: …]</c>;
    /// the details' messages carry the provider's own rule IDs when it gives them.
    /// </summary>
    public static string ProviderAnswer(ApiExchange exchange)
    {
        var text = new StringBuilder("the provider answered ").Append(exchange.Status);
        if (exchange.Json is not JsonObject body || body["error"] is not JsonValue error || !error.TryGetValue<string>(out var message))
        {
            return text.Append(exchange.Body.Length == 0 ? "" : " " + Short(exchange.Body.ReplaceLineEndings(" "))).ToString();
        }

        text.Append(" \"").Append(Short(message)).Append('"');
        if (body["details"] is JsonArray { Count: > 0 } details)
        {
            var named = details.Select(d => $"{JsonPaths.Show(d?["field"])}: {string.Join(" / ", (d?["errors"] as JsonArray ?? []).Select(JsonPaths.Show))}");
            text.Append(" [").Append(Short(string.Join("; ", named), 2 * ShortLength)).Append(']');
        }

        return text.ToString();
    }

    /// <summary>A value cut for a one-line summary (the full value stays in the lines below).</summary>
    public static string Short(string text, int max = ShortLength)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..max] + "…";
    }
}
