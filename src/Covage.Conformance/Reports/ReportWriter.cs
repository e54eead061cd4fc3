using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>Writes every report of a run into one folder; returns the paths written.</summary>
internal static class ReportWriter
{
    public static IReadOnlyList<string> WriteAll(RunReport report, string directory)
    {
        var full = Path.GetFullPath(directory);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot create the report folder {full}: {e.Message}", e);
        }

        string P(string name) => Path.Combine(full, name);
        JunitReportWriter.Write(report, P("junit.xml"));
        CucumberJsonWriter.Write(report, P("cucumber.json"));
        HtmlReportWriter.Write(report, P("report.html"));
        TraceabilityWriter.Write(report, P("traceability.json"), P("traceability.md"));
        SummaryWriter.Write(report, P("summary.json"));
        string[] written = [P("report.html"), P("junit.xml"), P("cucumber.json"), P("traceability.json"), P("traceability.md"), P("summary.json")];
        // Written by Reqnroll's formatters when the run ended.
        return [.. written, .. new[] { P(RunFormatters.HtmlFile), P(RunFormatters.MessagesFile) }.Where(File.Exists)];
    }
}
