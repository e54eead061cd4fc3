using System.Text.Json.Nodes;

namespace Covage.Conformance.Drivers;

/// <summary>Deep-merges a patch into a request body: objects merge, other values replace, JSON null removes the field.</summary>
internal static class JsonMerge
{
    public static JsonObject Apply(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject child && target[key] is JsonObject existing)
            {
                Apply(existing, child);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }

        return target;
    }
}
