using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.SelfTest.Interception;

/// <summary>Small edits on JSON documents by dotted path ("end_customer.contact.email"), for the mutant catalogue.</summary>
internal static class JsonEdit
{
    /// <summary>The value at the path as the features write it: a string's text, anything else as JSON; null when absent or not text.</summary>
    public static string? Text(JsonNode? root, string path)
    {
        var node = Get(root, path);
        return node is null ? null : node.GetValueKind() == JsonValueKind.String ? String(node) : node.ToJsonString();
    }

    /// <summary>
    /// A string value's text; null for anything else, and for a JSON string that is not text (an unpaired
    /// surrogate escape such as \ud800, which the robustness scenarios send on purpose).
    /// </summary>
    public static string? String(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        try
        {
            return value.TryGetValue<string>(out var text) ? text : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static JsonNode? Get(JsonNode? root, string path) => JsonPaths.Get(root, path);

    public static bool Has(JsonNode? root, string path) => Parent(root, path, create: false) is JsonObject parent && parent.ContainsKey(Last(path));

    /// <summary>Sets the value (creating objects on the way); true when it changed something.</summary>
    public static bool Set(JsonNode? root, string path, JsonNode? value)
    {
        if (Parent(root, path, create: true) is not JsonObject parent)
        {
            return false;
        }

        var name = Last(path);
        if (parent.TryGetPropertyValue(name, out var old) && JsonNode.DeepEquals(old, value))
        {
            return false;
        }

        parent[name] = value?.DeepClone();
        return true;
    }

    /// <summary>Removes the field; true when it was there.</summary>
    public static bool Remove(JsonNode? root, string path) => Parent(root, path, create: false) is JsonObject parent && parent.Remove(Last(path));

    /// <summary>Renames a field in place (same parent); true when it was there.</summary>
    public static bool Rename(JsonNode? root, string path, string newName)
    {
        if (Parent(root, path, create: false) is not JsonObject parent || !parent.TryGetPropertyValue(Last(path), out var value))
        {
            return false;
        }

        parent.Remove(Last(path));
        parent[newName] = value;
        return true;
    }

    /// <summary>Replaces a string value through a function; true when it changed.</summary>
    public static bool Map(JsonNode? root, string path, Func<string, string> map) =>
        Text(root, path) is { } text && Get(root, path) is JsonValue && Set(root, path, JsonValue.Create(map(text)));

    /// <summary>An order's product family code (v2 or v1 shape).</summary>
    public static string? Family(JsonNode? order) => Text(order, "product.line.family.code");

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static JsonNode? Parent(JsonNode? root, string path, bool create)
    {
        var names = path.Split('.');
        var node = root;
        foreach (var name in names[..^1])
        {
            var next = Step(node, name);
            if (next is null && create && node is JsonObject obj && !name.Contains('[', StringComparison.Ordinal))
            {
                next = new JsonObject();
                obj[name] = next;
            }

            node = next;
        }

        return node;
    }

    private static JsonNode? Step(JsonNode? node, string name)
    {
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return node is JsonObject obj ? obj[name] : null;
        }

        var index = int.Parse(name[(bracket + 1)..name.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        var list = bracket == 0 ? node : node is JsonObject o ? o[name[..bracket]] : null;
        return list is JsonArray array && index < array.Count ? array[index] : null;
    }
}
