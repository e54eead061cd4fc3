using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Drivers;

/// <summary>
/// ERR-ENVELOPE: <c>{"apirequest_uuid":"KOSC_&lt;uuid&gt;","error":"…","details":[{"field":"…","errors":["…"]}] | null}</c>.
/// Returns every problem found, so a failure lists them all.
/// </summary>
internal static partial class ErrorEnvelope
{
    public static IReadOnlyList<Difference> Problems(JsonNode? body)
    {
        var problems = new List<Difference>();
        if (body is not JsonObject envelope)
        {
            problems.Add(new("$", "the error envelope (a JSON object)", body is null ? "no JSON body" : body.GetValueKind().ToString()));
            return problems;
        }

        if (envelope["apirequest_uuid"] is not JsonValue id || !id.TryGetValue<string>(out var text) || !RequestId().IsMatch(text))
        {
            problems.Add(new("$.apirequest_uuid", "\"KOSC_<uuid>\"", JsonPaths.Show(envelope["apirequest_uuid"])));
        }

        if (envelope["error"] is not JsonValue error || !error.TryGetValue<string>(out var message) || message.Length == 0)
        {
            problems.Add(new("$.error", "a non-empty message", JsonPaths.Show(envelope["error"])));
        }

        if (!envelope.ContainsKey("details"))
        {
            problems.Add(new("$.details", "a list or null", "(absent)"));
        }
        else if (envelope["details"] is { } details)
        {
            if (details is not JsonArray list)
            {
                problems.Add(new("$.details", "a list or null", details.ToJsonString(ReportJson.Compact)));
            }
            else
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is not JsonObject detail || detail["field"] is not JsonValue field || !field.TryGetValue<string>(out _)
                        || detail["errors"] is not JsonArray errors || errors.Any(e => e is not JsonValue v || !v.TryGetValue<string>(out _)))
                    {
                        problems.Add(new($"$.details[{i}]", "{\"field\": string, \"errors\": [string]}", list[i]?.ToJsonString(ReportJson.Compact) ?? "null"));
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The field paths the details name.</summary>
    public static IReadOnlyList<string> Fields(JsonNode? body) =>
        body?["details"] is JsonArray list
            ? [.. list.Select(d => Text(d?["field"])).OfType<string>()]
            : [];

    /// <summary>A string value, or null when it is none or not text (an unpaired surrogate a target echoed back).</summary>
    private static string? Text(JsonNode? node)
    {
        try
        {
            return node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a detail names exactly <paramref name="expected"/>, bracket notation (<c>end_customer[name]</c>) read as
    /// dots. The only prefix allowed is one made of array items: a bound's own PATCH may name <c>address.stairs</c>
    /// where the order says <c>bounds[0].address.stairs</c>. A longer path (<c>end_customer.type</c> for <c>type</c>)
    /// or a parent (<c>product</c> for <c>product.code</c>) is another field.
    /// </summary>
    public static bool Names(JsonNode? body, string expected)
    {
        var wanted = Normalize(expected);
        return Fields(body).Select(Normalize).Any(f => f == wanted
            || (f.EndsWith("." + wanted, StringComparison.Ordinal) && ArrayItems().IsMatch(f[..^wanted.Length])));
    }

    /// <summary>"end_customer[contact][email]" → "end_customer.contact.email"; "bounds[0]" stays indexed.</summary>
    public static string Normalize(string field) =>
        BracketName().Replace(field, ".$1").TrimStart('.');

    [GeneratedRegex("^KOSC_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex RequestId();

    [GeneratedRegex(@"\[([A-Za-z_][A-Za-z0-9_]*)\]")]
    private static partial Regex BracketName();

    // "bounds[0]." or "bounds[0].endpoints[1].": nothing but array items in front of the expected path.
    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*\[\d+\]\.)+$")]
    private static partial Regex ArrayItems();
}
