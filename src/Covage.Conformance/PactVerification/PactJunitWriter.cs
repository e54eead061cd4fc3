using System.Globalization;
using System.Xml.Linq;
using Covage.Pact.Provider;

namespace Covage.Conformance.PactVerification;

/// <summary>Writes a verification as JUnit XML: one test case per interaction, pact-level errors as errored cases.</summary>
internal static class PactJunitWriter
{
    public static string Write(PactVerificationResult result, string directory, string targetName)
    {
        Directory.CreateDirectory(directory);
        var cases = result.Interactions.Select(i =>
        {
            var name = i.ProviderState is null ? i.Description : $"{i.Description} (given {i.ProviderState})";
            var element = new XElement("testcase", new XAttribute("classname", "pact." + (i.Consumer ?? "consumer")), new XAttribute("name", name));
            if (!i.Passed && !i.Pending)
            {
                var text = string.Join('\n', (i.Error is null ? [] : new[] { i.Error }).Concat(i.Mismatches.Select(m => m.ToString())));
                element.Add(new XElement("failure", new XAttribute("message", text.Split('\n')[0]), text));
            }

            return element;
        }).ToList();
        cases.AddRange(result.Errors.Select(e => new XElement("testcase", new XAttribute("classname", "pact"), new XAttribute("name", "pact file"),
            new XElement("error", new XAttribute("message", e), e))));
        var failures = result.Interactions.Count(i => !i.Passed && !i.Pending);
        var suite = new XElement("testsuite",
            new XAttribute("name", "pact verification against " + targetName),
            new XAttribute("tests", cases.Count.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("failures", failures.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("errors", result.Errors.Count.ToString(CultureInfo.InvariantCulture)),
            cases);
        var path = Path.Combine(directory, "junit.xml");
        Reports.XmlFile.Save(new XDocument(new XElement("testsuites", suite)), path);
        return path;
    }
}
