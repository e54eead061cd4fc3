using System.Diagnostics;
using Covage.Conformance.Running;
using Covage.Conformance.Reports;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Cli;

/// <summary><c>run</c>: load the features, open the target, run, write the reports, exit 0 or 1.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(RunCommandLine command, TextWriter stdout, bool color, TimeProvider time, CancellationToken ct)
    {
        var featuresDirectory = Path.GetFullPath(command.Features ?? KitInfo.DefaultFeaturesDirectory());
        if (!Directory.Exists(featuresDirectory))
        {
            throw new UsageException($"features folder not found: {featuresDirectory} (pass --features DIR)");
        }

        var features = FeatureSet.Load(featuresDirectory);
        var selected = Select(features, command.Tags);
        if (command.Shard is { } shard)
        {
            selected = shard.Select(selected);
        }

        var schemasDirectory = KitInfo.RequireSchemasDirectory();

        var rules = CatalogueRule.Load(Path.Combine(featuresDirectory, "RULES.md"));
        var startedAt = time.GetUtcNow();
        var clock = Stopwatch.GetTimestamp();
        var part = command.Shard is null ? "" : $" (shard {command.Shard})";
        stdout.WriteLine($"Covage Conformance Kit {KitInfo.Version}: {selected.Count} scenario(s){part} from {featuresDirectory}");
        await using var target = await OpenTargetAsync(command, schemasDirectory);
        target.StepTimeout = command.StepTimeout;
        target.Time = time;
        var targetReady = Stopwatch.GetElapsedTime(clock);
        stdout.WriteLine($"Target: {target.Name}{(target.HasSimulator ? " (control API available)" : " (no control API: @simulator scenarios are not applicable)")}");

        var reportDirectory = Path.GetFullPath(command.ReportDir);
        RunResult result;
        try
        {
            // Disposing the runner ends Reqnroll's test run: its formatters write the Cucumber messages and HTML report then.
            await using var runner = SuiteRunnerFactory.Create(target, command.Parallel, new ConsoleProgress(stdout, color, selected.Count), time, reportDirectory);
            result = await runner.RunAsync(selected, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw new UsageException("interrupted: the run was cancelled before it finished (no reports written)");
        }

        var report = new RunReport(target.Name, KitInfo.Version, startedAt, time.GetUtcNow(), Stopwatch.GetElapsedTime(clock),
            features.Features, features.Scenarios, result.Scenarios, rules,
            ContentHash.OfDirectory(featuresDirectory), ContentHash.OfDirectory(schemasDirectory), command.Tags);
        IReadOnlyList<string> paths;
        try
        {
            paths = await ReportWriter.WriteAllAsync(report, reportDirectory, command.Shard is null ? [] : [command.Shard.ToString()], command.Embed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the reports: {e.Message}");
        }

        ConsoleSummary.Write(stdout, report, paths, color, targetReady);
        if (command.MaxNotApplicable is { } limit && report.NotApplicable > limit)
        {
            stdout.WriteLine(Ansi.Paint(color, Ansi.Bold + Ansi.Red,
                $"Too many scenarios not applicable: {report.NotApplicable}, more than --max-not-applicable {limit} (the run fails)"));
            return ExitCodes.Failed;
        }

        return report.Failed > 0 ? ExitCodes.Failed : ExitCodes.Passed;
    }

    /// <summary>The scenarios a tag expression selects (all when none); none selected is a usage error.</summary>
    public static IReadOnlyList<ScenarioCase> Select(FeatureSet features, string? tags)
    {
        if (features.Scenarios.Count == 0)
        {
            throw new UsageException("the features folder holds no scenario");
        }

        if (tags is null)
        {
            return features.Scenarios;
        }

        TagExpression expression;
        try
        {
            expression = TagExpression.Parse(tags);
        }
        catch (FormatException e)
        {
            throw new UsageException($"bad --tags: {e.Message}");
        }

        var selected = features.Scenarios.Where(s => expression.Matches(s.Tags)).ToList();
        return selected.Count > 0 ? selected : throw new UsageException($"no scenario matches --tags \"{tags}\"");
    }

    private static Task<TargetContext> OpenTargetAsync(RunCommandLine command, string schemasDirectory) =>
        TargetFactory.OpenAsync(command.Target is null ? null
            : new LiveTargetOptions(command.Target, command.Token, command.Email, command.Password, command.SimulatorKey, command.Fixtures), schemasDirectory);
}
