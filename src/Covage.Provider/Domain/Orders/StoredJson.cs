using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// How an order keeps its free-form JSON objects (end customer, operator info, options): as compact
/// UTF-8 bytes, a fraction of the size of a node tree (a stored order must stay under 4 KB). Every
/// read parses a fresh object, so nothing a caller does to it can reach the store.
/// </summary>
internal static class StoredJson
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public static byte[] From(JsonObject? value)
    {
        if (value is null || value.Count == 0)
        {
            return EmptyObject;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WireJson.WriterOptions))
        {
            value.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static JsonObject Parse(byte[] bytes) =>
        ReferenceEquals(bytes, EmptyObject) ? [] : (JsonObject)JsonNode.Parse(bytes)!;

    /// <summary>A string member of the stored object, without building a node tree.</summary>
    public static string? Member(byte[] bytes, string name)
    {
        if (ReferenceEquals(bytes, EmptyObject))
        {
            return null;
        }

        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
