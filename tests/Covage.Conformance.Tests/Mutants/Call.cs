using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.Mutants;

/// <summary>A request as a mutant sees it: method, path (without the query), query and body text.</summary>
internal sealed record Call(string Method, string Path, string Query, string Body)
{
    public static async Task<Call> ReadAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
        var uri = request.RequestUri!;
        return new Call(request.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), body);
    }

    public bool Is(string method, string pathPattern) =>
        Method == method && System.Text.RegularExpressions.Regex.IsMatch(Path, "^" + pathPattern + "$");

    /// <summary>A call of the operator API (not the control API).</summary>
    public bool IsApi => Path.StartsWith("/api/", StringComparison.Ordinal);

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}
