using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Covage.Conformance.Certification.Reports;

/// <summary>junit.xml: one test case per judged rule; a failed one lists its findings with their request and answer.</summary>
internal static class CertificationJunitWriter
{
    public static XDocument Build(CertificationReport report)
    {
        var failed = report.Verdict.JudgedRules.Count(id => report.Verdict.FindingsFor(id).Count > 0);
        var suite = new XElement("testsuite",
            new XAttribute("name", "client certification"),
            new XAttribute("tests", report.Verdict.JudgedRules.Count),
            new XAttribute("failures", failed),
            new XAttribute("errors", 0),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(report.FinishedAt - report.StartedAt)),
            new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            new XElement("properties",
                Property("client", report.CommandLine),
                Property("kit_version", report.KitVersion),
                Property("rules_sha256", report.RulesSha256),
                Property("schemas_sha256", report.SchemasSha256)));
        foreach (var id in report.Verdict.JudgedRules)
        {
            var rule = report.Rules.Describe(id);
            var testCase = new XElement("testcase",
                new XAttribute("classname", "certify-client"),
                new XAttribute("name", $"{id}: {rule.Statement}"),
                new XAttribute("time", "0"));
            var findings = report.Verdict.FindingsFor(id);
            if (findings.Count > 0)
            {
                var text = new StringBuilder();
                foreach (var finding in findings)
                {
                    text.Append(finding).Append('\n');
                    if (finding.Evidence is { } call)
                    {
                        text.Append("  request: ").Append(call.Method).Append(' ').Append(call.Target).Append(' ').Append(call.RequestBody ?? "").Append('\n');
                        text.Append("  answer:  ").Append(call.Answer).Append(' ').Append(call.ResponseBody ?? "").Append('\n');
                    }
                }

                testCase.Add(new XElement("failure",
                    new XAttribute("message", $"{findings.Count} finding(s): {findings[0]}"),
                    new XAttribute("type", id),
                    text.ToString()));
            }

            suite.Add(testCase);
        }

        var suites = new XElement("testsuites",
            new XAttribute("name", $"Covage client certification: {report.CommandLine}"),
            new XAttribute("tests", report.Verdict.JudgedRules.Count),
            new XAttribute("failures", failed),
            suite);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    public static void Write(CertificationReport report, string path) => Conformance.Reports.XmlFile.Save(Build(report), path);

    private static XElement Property(string name, string value) => new("property", new XAttribute("name", name), new XAttribute("value", value));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
