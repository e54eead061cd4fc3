using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

public sealed class JunitReportWriterTests
{
    [Fact]
    public void Build_SampleRun_OneSuitePerFeatureWithCounts()
    {
        var root = JunitReportWriter.Build(SampleRun.Build()).Root!;

        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("3", root.Attribute("tests")!.Value);
        Assert.Equal("1", root.Attribute("failures")!.Value);
        Assert.Equal("1", root.Attribute("skipped")!.Value);
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(["Orders", "Events <feed>"], suites.Select(s => s.Attribute("name")!.Value));
        Assert.Equal("2", suites[0].Attribute("tests")!.Value);
        Assert.Equal("1", suites[0].Attribute("failures")!.Value);
    }

    [Fact]
    public void Write_SampleRun_StartsWithTheXmlDeclarationWithoutAByteOrderMark()
    {
        using var folder = new Cli.TempFolder();
        var path = Path.Combine(folder.Path, "junit.xml");

        JunitReportWriter.Write(SampleRun.Build(), path);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(bytes).Split('\n')[0].TrimEnd('\r'));
        Assert.Contains("Events &lt;feed&gt;", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FailedScenario_FailureCarriesMessageStepAndExchange()
    {
        var root = JunitReportWriter.Build(SampleRun.Build()).Root!;

        var testCase = root.Descendants("testcase").Single(t => t.Attribute("name")!.Value == "refuse an unknown type");
        Assert.Equal("Orders", testCase.Attribute("classname")!.Value);
        var failure = testCase.Element("failure")!;
        Assert.Equal("[ORD-TYPE] expected status 400", failure.Attribute("message")!.Value);
        Assert.Contains("When it creates an order (orders/create.feature:14)", failure.Value, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer ****", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NotApplicableScenario_IsSkippedWithTheReasonNeverPassed()
    {
        var root = JunitReportWriter.Build(SampleRun.Build()).Root!;

        var testCase = root.Descendants("testcase").Single(t => t.Attribute("name")!.Value == "acknowledge & read");
        Assert.Null(testCase.Element("failure"));
        Assert.StartsWith("not applicable: the target has no simulator control API", testCase.Element("skipped")!.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PassedScenario_HasNeitherFailureNorSkipped()
    {
        var root = JunitReportWriter.Build(SampleRun.Build()).Root!;

        var testCase = root.Descendants("testcase").Single(t => t.Attribute("name")!.Value == "create a copper order");
        Assert.Empty(testCase.Elements());
    }
}
