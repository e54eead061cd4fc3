using System.Globalization;
using System.Xml.Linq;
using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>
/// JUnit XML: one testsuite per feature, one testcase per scenario (classname = the feature);
/// not applicable scenarios are <c>skipped</c> with the reason, never passed. A failure's <c>message</c> is its
/// first line (the first difference itself); its <c>type</c> is "breaks a documented rule" or "differs from the
/// kit's reading" (scenarios tagged <c>@interp</c>).
/// </summary>
internal static class JunitReportWriter
{
    public static XDocument Build(RunReport report)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", $"Covage conformance against {report.TargetName}"),
            new XAttribute("tests", report.Results.Count),
            new XAttribute("failures", report.Failed),
            new XAttribute("errors", 0),
            new XAttribute("skipped", report.NotApplicable),
            new XAttribute("time", Seconds(report.WallTime)),
            new XAttribute("timestamp", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)));
        foreach (var (feature, results) in report.ByFeature())
        {
            var suite = new XElement("testsuite",
                new XAttribute("name", feature.Name),
                new XAttribute("file", feature.Path),
                new XAttribute("tests", results.Count),
                new XAttribute("failures", results.Count(r => ResultKind.Of(r) == ResultKind.Failed)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", results.Count(r => ResultKind.Of(r) == ResultKind.NotApplicable)),
                new XAttribute("time", Seconds(TimeSpan.FromTicks(results.Sum(r => r.Duration.Ticks)))),
                new XAttribute("timestamp", results.Min(r => r.StartedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)));
            foreach (var result in results)
            {
                suite.Add(TestCase(feature, result));
            }

            suites.Add(suite);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    public static void Write(RunReport report, string path) => XmlFile.Save(Build(report), path);

    private static XElement TestCase(FeatureFile feature, ScenarioResult result)
    {
        var testCase = new XElement("testcase",
            new XAttribute("classname", feature.Name),
            new XAttribute("name", result.Scenario.Name),
            new XAttribute("file", $"{result.Scenario.FeaturePath}:{result.Scenario.Line}"),
            new XAttribute("time", Seconds(result.Duration)));
        switch (ResultKind.Of(result))
        {
            case ResultKind.Failed:
                var text = ResultKind.FailureText(result);
                var step = ResultKind.FailingStep(result);
                // The type says how to read the failure: the target breaks what the pages state, or only the kit's reading.
                var type = ResultKind.FailureVerdict(result);
                var exchange = step is null ? "" : string.Join("\n\n", step.Attachments.TakeLast(2).Select(a => $"--- {a.Name}\n{a.Content}"));
                testCase.Add(new XElement("failure",
                    new XAttribute("message", ResultKind.FirstLine(step?.Error ?? text)),
                    new XAttribute("type", type),
                    exchange.Length == 0 ? text : text + "\n\n" + exchange));
                break;
            case ResultKind.NotApplicable:
                testCase.Add(new XElement("skipped", new XAttribute("message", "not applicable: " + (result.NotApplicableReason ?? ""))));
                break;
        }

        return testCase;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
