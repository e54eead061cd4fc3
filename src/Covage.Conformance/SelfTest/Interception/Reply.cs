using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>The provider's answer (or the one a mutant makes up). Immutable: the <c>With…</c> methods give a changed copy.</summary>
internal sealed record Reply(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public bool Ok => Status == 200;

    public bool Refused => Status is >= 400 and < 500;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body parsed as JSON (a fresh copy each time), or null when empty or not JSON.</summary>
    public JsonNode? Json() => JsonText.Parse(Body);

    public Reply WithJson(JsonNode? body) => this with { Body = body?.ToJsonString() ?? "" };

    public Reply WithStatus(int status) => this with { Status = status };

    public Reply WithHeader(string name, string? value)
    {
        var headers = Headers.Where(h => !h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        if (value is not null)
        {
            headers[name] = value;
        }

        return this with { Headers = headers };
    }

    /// <summary>The field paths an error envelope's details name.</summary>
    public IReadOnlyList<string> ErrorFields() => ErrorEnvelope.Fields(Json());

    public bool NamesField(string field) => ErrorFields().Contains(field, StringComparer.Ordinal);

    /// <summary>Whether the provider's refusal cites a rule ID (the reference provider writes "RULE-ID: message" in its details).</summary>
    public bool Cites(string ruleId) => Refused && Body.Contains(ruleId + ":", StringComparison.Ordinal);

    /// <summary>A JSON answer.</summary>
    public static Reply Of(int status, JsonNode? body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" }, body?.ToJsonString() ?? "");

    /// <summary>A refusal in Covage's envelope, naming the fields given.</summary>
    public static Reply Error(int status, string error, params string[] fields) =>
        Of(status, new JsonObject
        {
            ["apirequest_uuid"] = "KOSC_" + Guid.NewGuid().ToString(),
            ["error"] = error,
            ["details"] = fields.Length == 0
                ? null
                : new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject { ["field"] = f, ["errors"] = new JsonArray("MUTANT: refused") })]),
        });

    /// <summary>The 400 "Invalid input" refusal naming the fields given.</summary>
    public static Reply Invalid(params string[] fields) => Error(400, "Invalid input", fields);

    public static Reply NotFound() => Error(404, "Not found.");
}
