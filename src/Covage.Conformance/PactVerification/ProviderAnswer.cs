using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Conformance.Reports;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// The provider's own explanation of an unexpected status: Covage's error envelope (<c>error</c>, then
/// each field of <c>details</c> with its messages, which start with the rule ID), or the start of
/// whatever else it sent.
/// </summary>
internal static class ProviderAnswer
{
    private const int ShownChars = 300;

    public static IReadOnlyList<string> Lines(RecordedExchange exchange)
    {
        if (Envelope(exchange.Body) is { } envelope)
        {
            var error = envelope["error"] is JsonValue e && e.TryGetValue<string>(out var text) ? text : envelope["error"]?.ToJsonString(ReportJson.Compact);
            var lines = new List<string> { $"the provider answered {exchange.Status}: {error}" };
            foreach (var detail in (envelope["details"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var field = detail["field"] is JsonValue f && f.TryGetValue<string>(out var name) ? name : "(no field)";
                var messages = detail["errors"] is JsonArray errors
                    ? errors.Select(m => m is JsonValue v && v.TryGetValue<string>(out var s) ? s : m?.ToJsonString(ReportJson.Compact))
                    : [detail["errors"]?.ToJsonString(ReportJson.Compact)];
                lines.AddRange(messages.Select(m => $"  {field}: {m}"));
            }

            return lines;
        }

        var body = exchange.Body.Trim().ReplaceLineEndings(" ");
        return body.Length == 0
            ? [$"the provider answered {exchange.Status} with an empty body"]
            : [$"the provider answered {exchange.Status}: {(body.Length > ShownChars ? body[..ShownChars] + "…" : body)}"];
    }

    private static JsonObject? Envelope(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject o && o.ContainsKey("error") ? o : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
