using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Tests.SchemaFiles;

/// <summary>Breaks a copy of an example: sets or removes the value at a dotted path such as <c>bounds[0].address.stairs</c>.</summary>
internal static partial class JsonEdit
{
    public const string Remove = "<remove>";

    public static JsonNode Apply(JsonNode document, string path, string valueJson)
    {
        var copy = document.DeepClone();
        var steps = Step().Matches(path).Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        var parent = copy;
        foreach (var step in steps[..^1])
        {
            parent = step is string name ? parent[name]! : parent[(int)step]!;
        }

        var last = steps[^1];
        var value = valueJson == Remove ? null : JsonNode.Parse(valueJson);
        switch (last, parent)
        {
            case (string name, JsonObject obj) when valueJson == Remove:
                Assert.True(obj.Remove(name), $"nothing to remove at {path}");
                break;
            case (string name, JsonObject obj):
                obj[name] = value;
                break;
            case (int index, JsonArray array) when valueJson == Remove:
                array.RemoveAt(index);
                break;
            case (int index, JsonArray array):
                array[index] = value;
                break;
            default:
                throw new ArgumentException($"cannot edit {path}", nameof(path));
        }

        return copy;
    }

    [GeneratedRegex(@"([^.\[\]]+)|\[(\d+)\]")]
    private static partial Regex Step();
}
