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
    public static string Encode(DateTimeOffset date, long sequence)
    {
        var json = $"[\"{date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}\",{sequence}]";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public static bool TryDecode(string text, out EventCursor cursor)
    {
        cursor = default;
        try
        {
            var bytes = Convert.FromBase64String(text);
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 2
                || root[0].ValueKind != JsonValueKind.String || root[1].ValueKind != JsonValueKind.Number
                || !root[1].TryGetInt64(out var sequence))
            {
                return false;
            }

            if (!DateTimeOffset.TryParse(root[0].GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return false;
            }

            cursor = new EventCursor(date, sequence);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public int CompareTo(DateTimeOffset date, long sequence)
    {
        var byDate = Date.UtcTicks.CompareTo(date.UtcTicks);
        return byDate != 0 ? byDate : Sequence.CompareTo(sequence);
    }
}
