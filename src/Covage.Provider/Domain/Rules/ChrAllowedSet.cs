using System.Text.Json;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CHR-ALLOWED-SET: every character written into end-customer and bounds fields must belong to the
/// supplier-compatible set. Values the provider publishes itself are never checked: read-only ones it
/// sets (<c>building_code</c> <c>IMB/…</c>) and the stairs and floors a building publishes, which the
/// documented flow copies into the address (the pages' building has stairs <c>NA^1</c>).
/// </summary>
internal static class ChrAllowedSet
{
    public const string Id = "CHR-ALLOWED-SET";
    private const string Extra = " \u00a0()+,-.:@[]_{}àâäçèéêëîïôöùûü";

    public static bool IsAllowed(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' || Extra.Contains(c, StringComparison.Ordinal);

    /// <summary>Checks a bound's address patch, letting through the stairs and floors the order's building publishes.</summary>
    public static void CheckAddress(JsonObject patch, string path, Building? building, List<Violation> violations)
    {
        foreach (var (key, value) in patch)
        {
            if (building is null || Json.String(value) is not { } text || !building.Publishes(key, text))
            {
                Check(value, $"{path}.{key}", violations);
            }
        }
    }

    /// <summary>Checks every string value under <paramref name="node"/>, reporting each field once.</summary>
    public static void Check(JsonNode? node, string path, List<Violation> violations)
    {
        // Most text is fine: find that out without building the path of every field.
        if (HasForbidden(node))
        {
            Report(node, path, violations);
        }
    }

    private static bool HasForbidden(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(pair => HasForbidden(pair.Value)),
        JsonArray array => array.Any(HasForbidden),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => FirstForbidden(value.GetValue<string>()) is not null,
        _ => false,
    };

    private static void Report(JsonNode? node, string path, List<Violation> violations)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Report(child, path.Length == 0 ? key : $"{path}.{key}", violations);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Report(array[i], $"{path}[{i}]", violations);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var bad = FirstForbidden(text);
                if (bad is not null)
                {
                    violations.Add(new(Id, path, $"Character {bad} is not allowed; use only letters a-z A-Z, digits, space, non-breaking space and ( ) + , - . : @ [ ] _ {{ }} à â ä ç è é ê ë î ï ô ö ù û ü."));
                }

                break;
            default:
                break;
        }
    }

    private static string? FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsAllowed(c))
            {
                var display = char.IsHighSurrogate(c) && i + 1 < text.Length ? text.Substring(i, 2) : c.ToString();
                var codePoint = char.ConvertToUtf32(display, 0);
                return char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{codePoint:X4}" : $"'{display}' (U+{codePoint:X4})";
            }
        }

        return null;
    }
}
