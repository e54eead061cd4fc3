using Covage.Conformance.Reports;
using Covage.Conformance.Tests.Cli;
using Covage.Conformance.Tests.Reports;

namespace Covage.Conformance.Tests.Sharding;

public sealed class RunDataTests
{
    [Fact]
    public async Task Read_WhatWriteAllWrote_RebuildsTheSameReports()
    {
        using var folder = new TempFolder();
        var report = SampleRun.Build();
        await ReportWriter.WriteAllAsync(report, folder.Path, ["2/3"]);

        var data = RunData.Read(Path.Combine(folder.Path, RunData.FileName));

        Assert.Equal(["2/3"], data.Shards);
        Assert.Equal((report.Passed, report.Failed, report.NotApplicable), (data.Report.Passed, data.Report.Failed, data.Report.NotApplicable));
        Assert.Equal(JunitReportWriter.Build(report).ToString(), JunitReportWriter.Build(data.Report).ToString());
        Assert.Equal(CucumberJsonWriter.Build(report).ToJsonString(), CucumberJsonWriter.Build(data.Report).ToJsonString());
        Assert.Equal(TraceabilityWriter.BuildMarkdown(report), TraceabilityWriter.BuildMarkdown(data.Report));
    }

    [Fact]
    public void Read_NotARunJson_SaysWhichFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("run.json", "{\"Format\": 99, \"Shards\": [], \"Report\": null}");

        var error = Assert.Throws<InvalidDataException>(() => RunData.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
