using Covage.Conformance.Reports;
using Covage.Conformance.Running;

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
            MergeMessages(command, parts, stdout);
            paths = await ReportWriter.WriteAllAsync(merged.Report, command.ReportDir, merged.Shards);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the reports: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"cannot merge the Cucumber Messages: {e.Message}");
        }

        stdout.WriteLine($"Merged {parts.Count} report folder(s) (shards {string.Join(", ", merged.Shards.DefaultIfEmpty("-"))}): {merged.Report.Results.Count} scenario(s)");
        ConsoleSummary.Write(stdout, merged.Report, paths, color);
        return merged.Report.Failed > 0 ? ExitCodes.Failed : ExitCodes.Passed;
    }

    /// <summary>
    /// The shards' Cucumber Messages as one stream in the output folder, in shard order (the standard
    /// HTML report is then written from it), when every shard has its messages file.
    /// </summary>
    private static void MergeMessages(MergeReportsCommandLine command, List<(string Source, RunData Data)> parts, TextWriter stdout)
    {
        var output = Path.Combine(Path.GetFullPath(command.ReportDir), RunFormatters.MessagesFile);
        var inputs = parts.OrderBy(p => p.Data.Shards.Count == 0 ? 0 : ShardIndex(p.Data.Shards[0]))
            .Select(p => (p.Source, Path: Path.Combine(Path.GetFullPath(p.Source), RunFormatters.MessagesFile)))
            .ToList();
        if (inputs.Any(i => i.Path == output))
        {
            throw new UsageException("--report-dir is one of the shard folders: give the merged reports a folder of their own");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.Delete(output);
        if (inputs.FirstOrDefault(i => !File.Exists(i.Path)) is { Source: not null } missing)
        {
            stdout.WriteLine($"note: {missing.Source} has no {RunFormatters.MessagesFile}: the Cucumber Messages and {RunFormatters.HtmlFile} are not merged");
            return;
        }

        CucumberMessagesMerge.Merge(inputs, output);
    }

    private static int ShardIndex(string label) => Shard.TryParse(label, out var shard) ? shard.Index : 0;
}
