using System.Text;

namespace Covage.Bench;

/// <summary>Finds the last <c>sort_value</c> of an events page without parsing the whole page.</summary>
internal static class FeedCursor
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("\"sort_value\":\"");

    /// <summary>The cursor of the page's last event, or null for an empty page.</summary>
    public static string? Last(ReadOnlySpan<byte> page)
    {
        var at = page.LastIndexOf(Key);
        if (at < 0)
        {
            return null;
        }

        var rest = page[(at + Key.Length)..];
        return Encoding.UTF8.GetString(rest[..rest.IndexOf((byte)'"')]);
    }
}
