
namespace Covage.Conformance.Reports;

/// <summary>
/// Merges the run.json of every shard of one run into one report: the same suite (features and
/// schemas hashes, tags, target, kit version), shards 1..n each exactly once, no scenario twice.
/// </summary>
internal static class ReportMerge
{
    public static RunData Merge(IReadOnlyList<(string Source, RunData Data)> parts)
    {
        if (parts.Count == 0)
        {
            throw new InvalidDataException("nothing to merge");
        }

        var first = parts[0].Data.Report;
        foreach (var (source, data) in parts.Skip(1))
        {
            Same(source, "features (sha256)", first.FeaturesSha256, data.Report.FeaturesSha256);
            Same(source, "schemas (sha256)", first.SchemasSha256, data.Report.SchemasSha256);
            Same(source, "--tags", first.Tags ?? "(none)", data.Report.Tags ?? "(none)");
            Same(source, "target", first.TargetName, data.Report.TargetName);
            Same(source, "kit version", first.KitVersion, data.Report.KitVersion);
        }

        var shards = CheckShards(parts);
        var order = first.LoadedScenarios.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, data) in parts)
        {
            foreach (var result in data.Report.Results)
            {
                if (!seen.TryAdd(result.Scenario.Id, source))
                {
                    throw new InvalidDataException($"scenario \"{result.Scenario.Name}\" ({result.Scenario.Id}) ran in both {seen[result.Scenario.Id]} and {source}");
                }
            }
        }

        var results = parts.SelectMany(p => p.Data.Report.Results)
            .OrderBy(r => order.TryGetValue(r.Scenario.Id, out var position) ? position : int.MaxValue)
            .ToList();
        var report = first with
        {
            StartedAt = parts.Min(p => p.Data.Report.StartedAt),
            FinishedAt = parts.Max(p => p.Data.Report.FinishedAt),
            // Shards run side by side: the merged run took as long as its slowest shard.
            WallTime = parts.Max(p => p.Data.Report.WallTime),
            Results = results,
        };
        return new RunData(RunData.CurrentFormat, shards, report);
    }

    private static void Same(string source, string what, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{source} ran another suite: {what} is {actual}, the first folder's is {expected}");
        }
    }

    private static List<string> CheckShards(IReadOnlyList<(string Source, RunData Data)> parts)
    {
        var labels = new List<(string Source, int Index, int Count)>();
        foreach (var (source, data) in parts)
        {
            if (data.Shards.Count == 0)
            {
                if (parts.Count > 1)
                {
                    throw new InvalidDataException($"{source} holds a whole run (no --shard): there is nothing to merge it with");
                }

                return [];
            }

            foreach (var label in data.Shards)
            {
                if (!Cli.Shard.TryParse(label, out var shard))
                {
                    throw new InvalidDataException($"{source} names its shard \"{label}\", not i/n");
                }

                labels.Add((source, shard.Index, shard.Count));
            }
        }

        var count = labels[0].Count;
        if (labels.FirstOrDefault(l => l.Count != count) is { Source: not null } other)
        {
            throw new InvalidDataException($"{other.Source} is shard {other.Index}/{other.Count}, but {labels[0].Source} is one of {count}");
        }

        foreach (var twice in labels.GroupBy(l => l.Index).Where(g => g.Count() > 1))
        {
            throw new InvalidDataException($"shard {twice.Key}/{count} is given twice ({string.Join(", ", twice.Select(t => t.Source))})");
        }

        var missing = Enumerable.Range(1, count).Where(i => labels.All(l => l.Index != i)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))} missing: merge needs all {count}");
        }

        return [.. labels.OrderBy(l => l.Index).Select(l => $"{l.Index}/{l.Count}")];
    }
}
