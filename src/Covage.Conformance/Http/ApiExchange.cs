using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Http;

/// <summary>A request the kit sent and the response it got.</summary>
internal sealed record ApiExchange(
    ApiRequest Request,
    string RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    TimeSpan Duration)
{
    private readonly Lazy<JsonNode?> _json = new(() => Parse(Body));

    /// <summary>The response body parsed, or null when empty or not JSON.</summary>
    public JsonNode? Json => _json.Value;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Request and response as the reports show them (bodies cut at a few KB).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("  request:  ").Append(Request.Method).Append(' ').Append(Request.Path);
        if (RequestBody.Length > 0)
        {
            text.Append(' ').Append(Cut(SecretMask.Body(RequestBody), 1500));
        }

        text.AppendLine();
        text.Append("  response: ").Append(Status).Append(' ').Append(Cut(SecretMask.Body(Body), 3000));
        return text.ToString();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + $"… ({text.Length} chars)";

    private static JsonNode? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
