using System.Net;
using System.Text.Json.Nodes;

namespace Covage.Provider.Tests.Support;

internal sealed record ApiResponse(HttpStatusCode Status, string Body, HttpResponseMessage Raw)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public int Code => (int)Status;

    public string? Header(string name) =>
        Raw.Headers.TryGetValues(name, out var values) ? values.First()
        : Raw.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.First() : null;

    /// <summary>The fields named in the error envelope's details.</summary>
    public IReadOnlyList<string> ErrorFields =>
        Json["details"] is JsonArray details ? [.. details.Select(d => d!["field"]!.GetValue<string>())] : [];

    public string ErrorText => Json["details"]?.ToJsonString() ?? "";
}
