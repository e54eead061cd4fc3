using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Covage.Conformance.Http;

/// <summary>
/// Reports and failure messages never show credentials: passwords and tokens in JSON bodies
/// and the Authorization header's credentials become "****".
/// </summary>
internal static partial class SecretMask
{
    public const string Mask = "****";

    private static readonly HashSet<string> SecretKeys = new(StringComparer.OrdinalIgnoreCase) { "password", "access", "refresh", "token" };

    /// <summary>The body with every secret value masked; text that is not JSON (or holds no secret key) comes back unchanged.</summary>
    public static string Body(string body)
    {
        if (body.Length == 0 || !SecretKeys.Any(k => body.Contains($"\"{k}\"", StringComparison.OrdinalIgnoreCase)))
        {
            return body;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return body;
        }

        try
        {
            return Walk(node) ? node!.ToJsonString() : body;
        }
        catch (InvalidOperationException)
        {
            // A string that is not text (an unpaired surrogate escape, a scenario sends one on purpose)
            // cannot be read as a value: mask by the text's shape instead.
            return SecretValue().Replace(body, m => $"\"{m.Groups[1].Value}\": \"{Mask}\"");
        }
    }

    /// <summary>"Bearer abc" becomes "Bearer ****".</summary>
    public static string Authorization(string header)
    {
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? header[..space] + " " + Mask : Mask;
    }

    private static bool Walk(JsonNode? node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (SecretKeys.Contains(key) && obj[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        obj[key] = Mask;
                        changed = true;
                    }
                    else
                    {
                        changed |= Walk(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    changed |= Walk(item);
                }

                break;
        }

        return changed;
    }

    [GeneratedRegex(@"""(password|access|refresh|token)""\s*:\s*""(?:[^""\\]|\\.)*""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretValue();
}
