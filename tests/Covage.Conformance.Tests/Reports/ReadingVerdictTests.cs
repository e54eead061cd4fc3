using System.Text;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

/// <summary>Every report tells a failure that breaks a documented rule from one that only differs from the kit's reading (@interp).</summary>
public sealed class ReadingVerdictTests
{
    [Fact]
    public void Junit_FailureType_SaysDocumentedRuleOrKitReading()
    {
        var root = JunitReportWriter.Build(SampleRun.Build(readingFailure: true)).Root!;

        Assert.Equal(ResultKind.BreaksDocumentedRule, Failure(root, "refuse an unknown type").Attribute("type")!.Value);
        var reading = Failure(root, "another operator gets 404");
        Assert.Equal(ResultKind.DiffersFromReading, reading.Attribute("type")!.Value);
        Assert.Equal("[EVT-ACK] the request must be refused: status: expected 404, got 403; the provider answered 403 \"Forbidden\"", reading.Attribute("message")!.Value);
    }

    [Fact]
    public void Summary_Counts_SplitFailuresByVerdict()
    {
        var counts = SummaryWriter.Build(SampleRun.Build(readingFailure: true))["counts"]!;

        Assert.Equal(2, counts["failed"]!.GetValue<int>());
        Assert.Equal(1, counts["failed_documented_rule"]!.GetValue<int>());
        Assert.Equal(1, counts["failed_kit_reading"]!.GetValue<int>());
    }

    [Fact]
    public void Console_VerdictLineAndSections_SplitFailuresByVerdict()
    {
        var output = new StringWriter();

        ConsoleSummary.Write(output, SampleRun.Build(readingFailure: true), [], color: false);

        var text = output.ToString();
        Assert.Contains("4 scenarios: 1 passed, 2 failed (1 breaks a documented rule, 1 differs from the kit's reading), 1 not applicable", text, StringComparison.Ordinal);
        Assert.Contains("Failed: Breaks a documented rule (1 scenario(s), 1 cause(s))", text, StringComparison.Ordinal);
        Assert.Contains("Failed: Differs from the kit's reading (1 scenario(s), 1 cause(s))", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Breaks a documented rule (", StringComparison.Ordinal) < text.IndexOf("Differs from the kit's reading (", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_ReadingScenario_HasItsBadgeAndItsOwnFailureSection()
    {
        var html = HtmlReportWriter.Build(SampleRun.Build(readingFailure: true));

        Assert.Contains("<section class=\"causes documented\">", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"causes reading\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge interp\" title=\"checks the kit's reading of something the pages leave open\">kit reading</span><span class=\"name\">another operator gets 404", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Traceability_Scenario_SaysWhatItChecks()
    {
        var json = TraceabilityWriter.BuildJson(SampleRun.Build(readingFailure: true));

        var scenarios = json["rules"]!.AsArray().Single(r => r!["rule"]!.GetValue<string>() == "EVT-ACK")!["scenarios"]!.AsArray();
        Assert.Equal(["documented rule", "kit reading"], scenarios.Select(s => s!["checks"]!.GetValue<string>()));
    }

    [Fact]
    public void Cucumber_ByDefault_OnlyFailedStepsKeepTheirExchanges()
    {
        var json = CucumberJsonWriter.Build(SampleRun.Build());

        var passedStep = json[0]!["elements"]![0]!["steps"]![0]!;
        var failedStep = json[0]!["elements"]![1]!["steps"]![1]!;
        Assert.Null(passedStep["embeddings"]);
        Assert.NotNull(failedStep["embeddings"]);
    }

    [Fact]
    public void Cucumber_EmbedAll_EveryStepKeepsItsExchanges()
    {
        var json = CucumberJsonWriter.Build(SampleRun.Build(), EmbedPolicy.AllSteps);

        var embedding = json[0]!["elements"]![0]!["steps"]![0]!["embeddings"]![0]!;
        Assert.Equal("GET /api/v2/orders/", Encoding.UTF8.GetString(Convert.FromBase64String(embedding["data"]!.GetValue<string>())));
    }

    private static System.Xml.Linq.XElement Failure(System.Xml.Linq.XElement root, string name) =>
        root.Descendants("testcase").Single(t => t.Attribute("name")!.Value == name).Element("failure")!;
}
