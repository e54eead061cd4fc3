using System.Text.Json.Nodes;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Drivers;

/// <summary>Reads a dotted path ("end_customer.contact.email", "bounds[0].address.stairs") out of a JSON document.</summary>
internal static class JsonPaths
{
    /// <summary>True when every segment exists (the value itself may be JSON null).</summary>
    public static bool TryGet(JsonNode? root, string path, out JsonNode? value)
    {
        value = root;
        foreach (var segment in Segments(path))
        {
            switch (value)
            {
                case JsonObject obj when segment is string name && obj.TryGetPropertyValue(name, out var child):
                    value = child;
                    break;
                case JsonArray array when segment is int index && index < array.Count:
                    value = array[index];
                    break;
                default:
                    value = null;
                    return false;
            }
        }

        return true;
    }

    public static JsonNode? Get(JsonNode? root, string path) => TryGet(root, path, out var value) ? value : null;

    /// <summary>Builds <c>{"a":{"b":value}}</c> from "a.b" (objects only).</summary>
    public static JsonObject Nest(string path, JsonNode? value)
    {
        var names = path.Split('.');
        JsonNode? node = value;
        for (var i = names.Length - 1; i >= 0; i--)
        {
            node = new JsonObject { [names[i]] = node };
        }

        return (JsonObject)node!;
    }

    /// <summary>The JSON text of a value as the feature files write it: strings bare, the rest as JSON, "null" for null.</summary>
    public static string Show(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(ReportJson.Compact),
    };

    /// <summary>The path of the first value that differs between two documents ("$.bounds[0].address.stairs"), or null when equal.</summary>
    public static string? FirstDifference(JsonNode? a, JsonNode? b, string path = "$")
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
            {
                if (FirstDifference(oa[key], ob[key], $"{path}.{key}") is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (a is JsonArray aa && b is JsonArray ab && aa.Count == ab.Count)
        {
            for (var i = 0; i < aa.Count; i++)
            {
                if (FirstDifference(aa[i], ab[i], $"{path}[{i}]") is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return JsonNode.DeepEquals(a, b) ? null : path;
    }

    private static IEnumerable<object> Segments(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                yield return name;
                continue;
            }

            if (bracket > 0)
            {
                yield return name[..bracket];
            }

            foreach (var index in name[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return int.Parse(index, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
