using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

public sealed class SummaryAndHtmlTests
{
    [Fact]
    public void Summary_SampleRun_CountsByFeatureAndRuleWithHashes()
    {
        var json = JsonNode.Parse(SummaryWriter.Build(SampleRun.Build()).ToJsonString())!;

        Assert.Equal("built-in provider", json["target"]!.GetValue<string>());
        Assert.Equal("0.1.0", json["kit_version"]!.GetValue<string>());
        Assert.Equal("2026-11-22T12:00:00.000Z", json["started_at"]!.GetValue<string>());
        Assert.Equal(2.0, json["wall_time_seconds"]!.GetValue<double>());
        Assert.Equal(1, json["counts"]!["passed"]!.GetValue<int>());
        Assert.Equal(1, json["counts"]!["failed"]!.GetValue<int>());
        Assert.Equal(1, json["counts"]!["not_applicable"]!.GetValue<int>());
        var orders = json["by_feature"]![0]!;
        Assert.Equal("Orders", orders["feature"]!.GetValue<string>());
        Assert.Equal(2, orders["total"]!.GetValue<int>());
        var evtAck = json["by_rule"]!.AsArray().Single(r => r!["rule"]!.GetValue<string>() == "EVT-ACK")!;
        Assert.Equal("not applicable", evtAck["result"]!.GetValue<string>());
        Assert.Equal(new string('a', 64), json["sha256"]!["features"]!.GetValue<string>());
        Assert.Equal(new string('b', 64), json["sha256"]!["schemas"]!.GetValue<string>());
    }

    [Fact]
    public void Html_SampleRun_IsSelfContained()
    {
        var html = HtmlReportWriter.Build(SampleRun.Build());

        Assert.DoesNotMatch(new Regex("<(link|script)[^>]+(src|href)=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*['""]?https?:", RegexOptions.IgnoreCase), html);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_SampleRun_HasHeaderFiltersRuleTableAndFailureDetails()
    {
        var html = HtmlReportWriter.Build(SampleRun.Build());

        Assert.Contains("Target <b>built-in provider</b>", html, StringComparison.Ordinal);
        Assert.Contains("data-filter=\"failed\"", html, StringComparison.Ordinal);
        Assert.Contains("data-filter=\"not-applicable\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"uncovered\"><td class=\"id\">AUTH-NOBODY</td>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"error\">[ORD-TYPE] expected status 400", html, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer ****", html, StringComparison.Ordinal);
        Assert.Contains("Not applicable: the target has no simulator control API", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_NamesWithMarkup_AreEscaped()
    {
        var html = HtmlReportWriter.Build(SampleRun.Build());

        Assert.Contains("Events &lt;feed&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<feed>", html, StringComparison.Ordinal);
        Assert.Contains("acknowledge &amp; read", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAllAsync_SampleRunWithoutMessages_WritesSevenFilesThatParse()
    {
        var folder = Path.Combine(Path.GetTempPath(), "covage-reports-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = await ReportWriter.WriteAllAsync(SampleRun.Build(), folder);

            Assert.Equal(7, paths.Count);
            Assert.All(paths, p => Assert.True(File.Exists(p), p));
            _ = System.Xml.Linq.XDocument.Load(Path.Combine(folder, "junit.xml"));
            Assert.NotNull(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "cucumber.json"))));
            Assert.NotNull(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "traceability.json"))));
            Assert.Empty(JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")))!["shards"]!.AsArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ConsoleProgress_FinishedScenarios_OneCountedLineEach()
    {
        var report = SampleRun.Build();
        using var output = new StringWriter();
        var progress = new ConsoleProgress(output, color: false, total: 3);

        foreach (var result in report.Results)
        {
            progress.ScenarioFinished(result);
        }

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.Equal("[1/3] ✔ Orders › create a copper order", lines[0]);
        Assert.Equal("[2/3] ✘ Orders › refuse an unknown type", lines[1]);
        Assert.StartsWith("[3/3] ○ Events <feed> › acknowledge & read (not applicable:", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ConsoleSummary_SampleRun_ListsFeaturesFailuresWallTimeAndReports()
    {
        using var output = new StringWriter();

        ConsoleSummary.Write(output, SampleRun.Build(), ["/r/report.html"], color: false);

        var text = output.ToString();
        Assert.Contains("Orders", text, StringComparison.Ordinal);
        Assert.Contains("✘ Orders › refuse an unknown type (orders/create.feature:12)", text, StringComparison.Ordinal);
        Assert.Contains("      [ORD-TYPE] expected status 400", text, StringComparison.Ordinal);
        Assert.Contains("3 scenarios: 1 passed, 1 failed, 1 not applicable", text, StringComparison.Ordinal);
        Assert.Contains("Wall time: 2.00 s", text, StringComparison.Ordinal);
        Assert.Contains("/r/report.html", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsoleProgress_OnATerminal_FailuresAreRedAndPassesPlain()
    {
        var report = SampleRun.Build();
        using var output = new StringWriter();
        var progress = new ConsoleProgress(output, color: true, total: 3);

        progress.ScenarioFinished(report.Results[0]);
        progress.ScenarioFinished(report.Results[1]);

        var lines = output.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.DoesNotContain("\u001b[", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(Ansi.Red + "[2/3] ✘", lines[1], StringComparison.Ordinal);
    }
}
