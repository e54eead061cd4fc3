using Covage.Conformance.Reports;

namespace Covage.Conformance.Cli;

/// <summary><c>merge-reports DIR... [--report-dir OUT]</c>: one set of reports and one verdict for the shards of a run.</summary>
internal static class MergeReportsCommand
{
    public static async Task<int> RunAsync(MergeReportsCommandLine command, TextWriter stdout, bool color)
    {
        var parts = new List<(string, RunData)>();
        foreach (var directory in command.Directories)
        {
            var path = Path.Combine(Path.GetFullPath(directory), RunData.FileName);
            if (!File.Exists(path))
            {
                throw new UsageException($"{path} not found: give the --report-dir folders of the shard runs");
            }

            try
            {
                parts.Add((directory, RunData.Read(path)));
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new UsageException(e.Message);
            }
        }

        RunData merged;
        try
        {
            merged = ReportMerge.Merge(parts);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"cannot merge: {e.Message}");
        }

        IReadOnlyList<string> paths;
        try
        {
            paths = await ReportWriter.WriteAllAsync(merged.Report, command.ReportDir, merged.Shards);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the reports: {e.Message}");
        }

        stdout.WriteLine($"Merged {parts.Count} report folder(s) (shards {string.Join(", ", merged.Shards.DefaultIfEmpty("-"))}): {merged.Report.Results.Count} scenario(s)");
        ConsoleSummary.Write(stdout, merged.Report, paths, color);
        return merged.Report.Failed > 0 ? ExitCodes.Failed : ExitCodes.Passed;
    }
}
