using System.Text.Json;

namespace Covage.Pact;

/// <summary>The serializer settings the binding uses for bodies and parameters (property names kept as written).</summary>
internal static class PactJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Serialize(object? value) => value switch
    {
        System.Text.Json.Nodes.JsonNode node => node.ToJsonString(Options),
        _ => JsonSerializer.Serialize(value, Options),
    };
}
