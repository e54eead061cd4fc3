using System.Xml.Linq;
using Covage.Conformance.Reports;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Reports;

public sealed class XmlFileTests
{
    [Fact]
    public void Save_BodiesWithControlCharactersAndLoneSurrogates_WritesXmlThatReadsBack()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "junit.xml");
        var document = new XDocument(new XElement("testsuites",
            new XElement("failure", new XAttribute("message", "bad \u0001 byte"), "body {\"name\":\"a\u0002b\ud800c\"} é 😀")));

        XmlFile.Save(document, path);

        var read = XDocument.Load(path).Root!.Element("failure")!;
        Assert.Equal("bad  byte", read.Attribute("message")!.Value);
        Assert.Equal("body {\"name\":\"abc\"} é 😀", read.Value);
    }

    [Theory]
    [InlineData("plain text\twith\nlines", "plain text\twith\nlines")]
    [InlineData("\u0000\u001f\ufffe\uffff", "")]
    public void Text_KeepsWhatXmlCarries(string text, string expected) => Assert.Equal(expected, XmlFile.Text(text));

    // Not an InlineData: xunit's discovery would turn the lone surrogates into U+FFFD.
    [Fact]
    public void Text_LoneSurrogates_AreDroppedAndPairsKept() => Assert.Equal("\ud83d\ude00", XmlFile.Text("\udc00\ud83d\ude00\ud800"));
}
