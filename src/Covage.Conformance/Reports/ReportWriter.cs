using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>Writes every report of a run into one folder; returns the paths written.</summary>
internal static class ReportWriter
{
    /// <summary><paramref name="shards"/>: the parts of a sharded run the report holds (<c>1/4</c>), none for a whole run.</summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(RunReport report, string directory, IReadOnlyList<string>? shards = null)
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
        SummaryWriter.Write(report, P("summary.json"), shards ?? []);
        RunData.Write(new RunData(RunData.CurrentFormat, shards ?? [], report), P(RunData.FileName));
        string[] written = [P("report.html"), P("junit.xml"), P("cucumber.json"), P("traceability.json"), P("traceability.md"), P("summary.json"), P(RunData.FileName)];
        if (!File.Exists(P(RunFormatters.MessagesFile)))
        {
            return written;
        }

        // Reqnroll's message formatter wrote the messages when the run ended; the standard HTML report shows them.
        await CucumberHtmlReport.WriteAsync(P(RunFormatters.MessagesFile), P(RunFormatters.HtmlFile), $"Covage conformance against {report.TargetName}");
        return [.. written, P(RunFormatters.HtmlFile), P(RunFormatters.MessagesFile)];
    }
}
