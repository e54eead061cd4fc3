using Covage.Conformance.Reports;
using Covage.Conformance.Running;
using Covage.Conformance.Tests.Cli;
using Covage.Conformance.Tests.Targets;

namespace Covage.Conformance.Tests.Running;

/// <summary>
/// Reqnroll's formatters only line up when the runtime is called as generated code calls it (one
/// FeatureInfo per file, one step call per pickle step): the known feature's messages must keep
/// their shape. A change in Reqnroll or in the runner that breaks that shows here first.
/// </summary>
public sealed class CucumberMessagesTests(BuiltInTargetFixture builtIn) : IClassFixture<BuiltInTargetFixture>
{
    private static string ExpectedShape => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Running", "Data", "known-feature.shape.txt"));

    [Fact]
    public async Task Run_KnownFeature_MessagesHaveTheExpectedShape()
    {
        using var folder = new TempFolder();

        await KnownRun.RunAsync(KnownRun.WithoutControlApi(builtIn.Target), folder.Path);

        var actual = MessagesShape.Of(Path.Combine(folder.Path, RunFormatters.MessagesFile));
        Assert.True(ExpectedShape == actual, $"the Cucumber messages changed shape; actual:\n{actual}");
    }

    [Fact]
    public async Task WriteAsync_KnownFeatureMessages_TheStandardHtmlReportHoldsEveryMessage()
    {
        using var folder = new TempFolder();

        await KnownRun.RunAsync(KnownRun.WithoutControlApi(builtIn.Target), folder.Path);
        var messages = Path.Combine(folder.Path, RunFormatters.MessagesFile);
        var htmlPath = Path.Combine(folder.Path, RunFormatters.HtmlFile);

        await CucumberHtmlReport.WriteAsync(messages, htmlPath, "known feature");

        var html = File.ReadAllText(htmlPath);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<title>known feature</title>", html, StringComparison.Ordinal);
        // Every message is in the page, as written ('<' escaped for the script tag).
        foreach (var line in File.ReadLines(messages).Where(l => l.Length > 0))
        {
            Assert.Contains(line.Replace("<", "\\x3C", StringComparison.Ordinal), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_NoReportFolder_WritesNoFormatterFiles()
    {
        using var folder = new TempFolder();
        var before = Directory.GetFiles(Environment.CurrentDirectory, "cucumber*");

        await KnownRun.RunAsync(builtIn.Target);

        Assert.Equal(before, Directory.GetFiles(Environment.CurrentDirectory, "cucumber*"));
    }
}
