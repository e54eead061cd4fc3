using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Covage.Conformance.Reports;

/// <summary>Saves XML reports as UTF-8 without a byte-order mark: some CI parsers refuse one before <c>&lt;?xml</c>.</summary>
internal static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static void Save(XDocument document, string path)
    {
        using var writer = XmlWriter.Create(path, Settings);
        document.Save(writer);
    }
}
