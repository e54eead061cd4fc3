using System.Text.Json;

namespace Covage.Pact;

/// <summary>Turns one engine mismatch object into a <see cref="PactMismatch"/>, whatever its kind.</summary>
internal static class MismatchReader
{
    public static PactMismatch Read(JsonElement m)
    {
        var type = Text(m, "type") ?? "Mismatch";
        var path = Text(m, "path") ?? Text(m, "key") ?? Text(m, "parameter");
        var expected = Text(m, "expected");
        var actual = Text(m, "actual");
        var description = Text(m, "mismatch") ?? Text(m, "description") ?? "";
        if (type == "StatusMismatch" && description.Length == 0)
        {
            description = $"expected status {expected} but got {actual}";
        }

        return new PactMismatch(type, path, expected, actual, description);
    }

    /// <summary>A property as text: strings as they are, other JSON as JSON, absent or null as null.</summary>
    public static string? Text(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }
}
