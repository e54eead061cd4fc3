using System.Text.Json;
using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Rules;

/// <summary>Small helpers for reading untrusted JSON without exceptions.</summary>
internal static class Json
{
    public static JsonValueKind Kind(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        JsonObject => JsonValueKind.Object,
        JsonArray => JsonValueKind.Array,
        JsonValue value => value.GetValueKind(),
        _ => JsonValueKind.Undefined,
    };

    public static string? String(JsonNode? node) => Kind(node) == JsonValueKind.String ? node!.GetValue<string>() : null;

    public static bool IsString(JsonNode? node) => Kind(node) == JsonValueKind.String;

    public static bool IsBool(JsonNode? node) => Kind(node) is JsonValueKind.True or JsonValueKind.False;

    public static string Describe(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "nothing",
    };

    /// <summary>
    /// Deep merge for PATCH (UPD-V2-PATCH-MERGE): objects merge, null removes, anything else replaces.
    /// Neither argument is changed; a patch that belongs to no document and holds no null is itself the
    /// result when the target is empty (a new order's first end customer: no copy needed).
    /// </summary>
    public static JsonObject Merge(JsonObject target, JsonObject patch)
    {
        if (target.Count == 0 && patch.Parent is null && !HasNull(patch))
        {
            return patch;
        }

        var result = (JsonObject)target.DeepClone();
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else if (value is JsonObject patchObject && result[key] is JsonObject existing)
            {
                result[key] = Merge(existing, patchObject);
            }
            else
            {
                result[key] = value.DeepClone();
            }
        }

        return result;
    }

    private static bool HasNull(JsonObject obj)
    {
        foreach (var (_, value) in obj)
        {
            if (value is null || (value is JsonObject child && HasNull(child)))
            {
                return true;
            }
        }

        return false;
    }
}
