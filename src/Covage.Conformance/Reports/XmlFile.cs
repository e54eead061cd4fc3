using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Covage.Conformance.Reports;

/// <summary>
/// Saves XML reports as UTF-8 without a byte-order mark (some CI parsers refuse one before
/// <c>&lt;?xml</c>), with every text and attribute reduced to what XML 1.0 can carry: a report quotes
/// request and response bodies, which may hold control characters or lone surrogates.
/// </summary>
internal static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static void Save(XDocument document, string path)
    {
        foreach (var node in document.DescendantNodes())
        {
            if (node is XText text)
            {
                text.Value = Text(text.Value);
            }
            else if (node is XElement element)
            {
                foreach (var attribute in element.Attributes())
                {
                    attribute.Value = Text(attribute.Value);
                }
            }
        }

        using var writer = XmlWriter.Create(path, Settings);
        document.Save(writer);
    }

    /// <summary>The text without the characters XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE, U+FFFF).</summary>
    public static string Text(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                kept?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
            }
            else
            {
                kept ??= new StringBuilder(text, 0, i, text.Length);
            }
        }

        return kept?.ToString() ?? text;
    }
}
