using System.Globalization;
using System.Xml.Linq;

namespace Covage.Conformance.PactVerification;

/// <summary>Writes a verification as JUnit XML: one test case per interaction, pact-level errors as errored cases.</summary>
internal static class PactJunitWriter
{
    public static string Write(IReadOnlyList<PactVerdict> verdicts, IReadOnlyList<string> errors, string directory, string targetName)
    {
        Directory.CreateDirectory(directory);
        var cases = verdicts.Select(v =>
        {
            var element = new XElement("testcase", new XAttribute("classname", "pact." + (v.Result.Consumer ?? "consumer")), new XAttribute("name", v.Title));
            if (v.Failed)
            {
                var text = string.Join('\n', v.Details(complete: true));
                element.Add(new XElement("failure", new XAttribute("message", v.Summary), text));
            }

            return element;
        }).ToList();
        cases.AddRange(errors.Select(e => new XElement("testcase", new XAttribute("classname", "pact"), new XAttribute("name", "pact file"),
            new XElement("error", new XAttribute("message", e), e))));
        var suite = new XElement("testsuite",
            new XAttribute("name", "pact verification against " + targetName),
            new XAttribute("tests", cases.Count.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("failures", verdicts.Count(v => v.Failed).ToString(CultureInfo.InvariantCulture)),
            new XAttribute("errors", errors.Count.ToString(CultureInfo.InvariantCulture)),
            cases);
        var path = Path.Combine(directory, "junit.xml");
        Reports.XmlFile.Save(new XDocument(new XElement("testsuites", suite)), path);
        return path;
    }
}
