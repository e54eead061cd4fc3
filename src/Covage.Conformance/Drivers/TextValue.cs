using System.Globalization;
using System.Text;

namespace Covage.Conformance.Drivers;

/// <summary>
/// Decodes the escapes feature files use for characters a Gherkin cell cannot hold:
/// <c>\t</c>, <c>\n</c>, <c>\\</c>, <c>\"</c>, <c>\uXXXX</c> and <c>\U0001XXXX</c>.
/// </summary>
internal static class TextValue
{
    public static string Decode(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i == text.Length - 1)
            {
                result.Append(text[i]);
                continue;
            }

            var next = text[i + 1];
            switch (next)
            {
                case 't':
                    result.Append('\t');
                    i++;
                    break;
                case 'n':
                    result.Append('\n');
                    i++;
                    break;
                case '\\' or '"':
                    result.Append(next);
                    i++;
                    break;
                case 'u' when i + 5 < text.Length && IsHex(text.AsSpan(i + 2, 4)):
                    result.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 5;
                    break;
                case 'U' when i + 9 < text.Length && IsHex(text.AsSpan(i + 2, 8)):
                    result.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(i + 2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 9;
                    break;
                default:
                    result.Append(text[i]);
                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsHex(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
