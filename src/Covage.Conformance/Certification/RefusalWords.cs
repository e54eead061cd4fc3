using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Certification;

/// <summary>What a refusal said, read from its error envelope: the errors citing a rule, or the error line.</summary>
internal static class RefusalWords
{
    public static string For(RecordedCall call, string rule)
    {
        var envelope = Parse(call.ResponseBody) as JsonObject;
        var said = new List<string>();
        if (envelope?["details"] is JsonArray details)
        {
            foreach (var detail in details.OfType<JsonObject>())
            {
                var field = detail["field"] is JsonValue f && f.TryGetValue<string>(out var name) ? name : "";
                foreach (var error in (detail["errors"] as JsonArray ?? []).OfType<JsonValue>())
                {
                    if (error.TryGetValue<string>(out var text) && text.StartsWith(rule, StringComparison.Ordinal))
                    {
                        said.Add(field.Length > 0 ? $"{field}: {text}" : text);
                    }
                }
            }
        }

        if (said.Count == 0 && envelope?["error"] is JsonValue e && e.TryGetValue<string>(out var line))
        {
            said.Add(line);
        }

        return said.Count == 0 ? $"refused ({rule})" : string.Join("; ", said);
    }

    public static JsonNode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // A client's body may be anything: malformed, a key twice, a lone surrogate escape.
            return null;
        }
    }
}
