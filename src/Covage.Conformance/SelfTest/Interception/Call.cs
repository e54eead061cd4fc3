using System.Text.Json.Nodes;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>
/// A request on its way to the provider, as a mutant sees it. Immutable: the <c>With…</c> methods give a
/// changed copy, which the mutant may forward instead of the original.
/// </summary>
internal sealed record Call(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType)
{
    public string? Authorization => Header("Authorization");

    /// <summary>The path's segments: <c>/api/v2/orders/u/</c> gives <c>api, v2, orders, u</c>.</summary>
    public string[] Segments => Path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body parsed as JSON (a fresh copy each time), or null when empty or not JSON.</summary>
    public JsonNode? Json() => JsonText.Parse(Body);

    public JsonObject? JsonObject() => Json() as JsonObject;

    /// <summary>A query parameter, decoded; null when absent.</summary>
    public string? Param(string name)
    {
        foreach (var (key, value) in Pairs())
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    public bool HasParam(string name) => Param(name) is not null;

    /// <summary>The same call with a query parameter replaced, added, or (null) removed.</summary>
    public Call WithParam(string name, string? value)
    {
        var kept = Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Uri.UnescapeDataString(p.Split('=', 2)[0]) != name)
            .ToList();
        if (value is not null)
        {
            kept.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
        }

        return this with { Query = string.Join('&', kept) };
    }

    public Call WithJson(JsonNode body) => this with { Body = body.ToJsonString(), ContentType = ContentType ?? "application/json" };

    /// <summary>The same call with its JSON object body edited (a copy of the body is edited).</summary>
    public Call EditJson(Action<JsonObject> edit)
    {
        var body = JsonObject() ?? [];
        edit(body);
        return WithJson(body);
    }

    public Call WithHeader(string name, string? value)
    {
        var headers = Headers.Where(h => !h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        if (value is not null)
        {
            headers[name] = value;
        }

        return this with { Headers = headers };
    }

    /// <summary>A bare request with the same authorization (extra calls a mutant makes).</summary>
    public Call Sibling(string method, string path, JsonNode? body = null) =>
        new(method, path, "", Authorization is { } auth ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = auth } : new Dictionary<string, string>(),
            body?.ToJsonString(), body is null ? null : "application/json");

    public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")}";

    private IEnumerable<(string Key, string Value)> Pairs() =>
        Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(kv => (Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1].Replace('+', ' ')) : ""));
}
