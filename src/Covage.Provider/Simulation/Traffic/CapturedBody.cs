using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// A body as recorded, cut at a limit: kept as the UTF-8 bytes that went over the wire (half the memory
/// of a string, and the traffic log keeps thousands), read as text only when somebody looks.
/// </summary>
internal sealed class CapturedBody
{
    public static readonly CapturedBody None = new((byte[]?)null, false);

    private readonly byte[]? _utf8;

    private CapturedBody(byte[]? utf8, bool truncated)
    {
        _utf8 = utf8;
        Truncated = truncated;
    }

    /// <summary>A body made by the sandbox itself (a masked log-in, a placeholder).</summary>
    public CapturedBody(string? text, bool truncated)
        : this(text is null ? null : Encoding.UTF8.GetBytes(text), truncated)
    {
    }

    public bool Truncated { get; }

    /// <summary>The body as text (bytes that are not UTF-8, or a character cut by the limit, read as U+FFFD); null when there was none.</summary>
    public string? Text => _utf8 is null ? null : Encoding.UTF8.GetString(_utf8);

    /// <summary>Its size in bytes, 0 when there was none.</summary>
    public int Length => _utf8?.Length ?? 0;

    public static CapturedBody Of(ReadOnlySpan<byte> utf8, bool truncated) => new(utf8.ToArray(), truncated);

    /// <summary>Writes the body as a JSON string value (or null): straight from its bytes when they are valid UTF-8.</summary>
    public void WriteValue(Utf8JsonWriter w, string name)
    {
        if (_utf8 is null)
        {
            w.WriteNull(name);
        }
        else if (Utf8.IsValid(_utf8))
        {
            w.WriteString(name, _utf8.AsSpan());
        }
        else
        {
            w.WriteString(name, Text);
        }
    }

    /// <summary>The body parsed as JSON, or null when it is not JSON (never an exception).</summary>
    public JsonDocument? TryParse()
    {
        if (_utf8 is null || _utf8.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(_utf8);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
