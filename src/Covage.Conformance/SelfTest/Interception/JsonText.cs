using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>Bodies as JSON, when they are.</summary>
internal static class JsonText
{
    /// <summary>The text parsed (a fresh document each time), or null when empty or not JSON.</summary>
    public static JsonNode? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
