using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Covage.Provider.Domain.Events;

/// <summary>
/// EVT-CURSOR: the opaque <c>sort_value</c>: base64 of a JSON array holding the sort date and the
/// event's sequence, so events that share a date still have one strict order: no gap, no repeat.
/// </summary>
internal readonly record struct EventCursor(DateTimeOffset Date, long Sequence)
{
    private const int MaxLength = 256;

    public static string Encode(DateTimeOffset date, long sequence)
    {
        var json = $"[\"{date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}\",{sequence}]";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// Reads a cursor a client sends back. Anything that is not one this provider wrote (not base64, not
    /// JSON, not text, a date or sequence out of range) is simply not a cursor: never an exception.
    /// </summary>
    public static bool TryDecode(string text, out EventCursor cursor)
    {
        cursor = default;
        // A real cursor is about 50 characters; a long one is not worth decoding.
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[MaxLength];
        if (!Convert.TryFromBase64String(text, bytes, out var written))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes[..written], new JsonReaderOptions { MaxDepth = 2 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray
                || !reader.Read() || reader.TokenType != JsonTokenType.String
                || !DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                || !reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var sequence)
                || !reader.Read() || reader.TokenType != JsonTokenType.EndArray
                || reader.Read())
            {
                return false;
            }

            cursor = new EventCursor(date, sequence);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // GetString: the date is not valid text (invalid UTF-8, an unpaired surrogate escape).
            return false;
        }
    }

    public int CompareTo(DateTimeOffset date, long sequence)
    {
        var byDate = Date.UtcTicks.CompareTo(date.UtcTicks);
        return byDate != 0 ? byDate : Sequence.CompareTo(sequence);
    }
}
