using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Covage.Conformance.Cli;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Bench;

/// <summary>
/// <c>bench --runner</c>: what driving Reqnroll's runtime costs the kit. The per-scenario overhead is
/// measured on generated scenarios whose steps do no I/O (a check of the events matrix), so the
/// figure is the runtime's own cost (scenario container, hooks, one step call per pickle step,
/// events, result collection); then the whole suite runs against the built-in provider.
/// </summary>
internal sealed class RunnerBench(int scenarios, TextWriter output)
{
    private const string Step = "Then the events matrix has a column for each kind of order: \"copper activate, copper line building, terminate, fiber pro\"";

    public async Task RunAsync()
    {
        var schemas = KitInfo.DefaultSchemasDirectory();
        await using var target = await TargetFactory.BuiltInAsync(schemas);
        var reqnroll = typeof(Reqnroll.ITestRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        output.WriteLine($"runner bench: {Environment.ProcessorCount} CPU, Reqnroll {reqnroll.Split('+')[0]}");

        var oneStep = Generated(scenarios, steps: 1);
        var fiveSteps = Generated(scenarios, steps: 5);
        await MeasureAsync("warm-up (first run in the process)", oneStep, target, parallel: 1);
        var one = await MeasureAsync("1 step per scenario, 1 at a time", oneStep, target, parallel: 1);
        var five = await MeasureAsync("5 steps per scenario, 1 at a time", fiveSteps, target, parallel: 1);
        await MeasureAsync("1 step per scenario, 8 at a time", oneStep, target, parallel: 8);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per-scenario overhead {one.PerScenarioMs:F3} ms wall ({one.CpuPerScenarioMs:F3} ms CPU); per extra step {(five.PerScenarioMs - one.PerScenarioMs) / 4:F3} ms"));

        var suite = FeatureSet.Load(KitInfo.DefaultFeaturesDirectory()).Scenarios;
        await MeasureAsync("whole suite, built-in provider", suite, target, parallel: Environment.ProcessorCount * 4);
        await MeasureAsync("whole suite, again", suite, target, parallel: Environment.ProcessorCount * 4);
        var reports = Path.Combine(Path.GetTempPath(), "covage-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await MeasureAsync("whole suite + Cucumber messages file", suite, target, parallel: Environment.ProcessorCount * 4, reports);
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }

    private async Task<Measure> MeasureAsync(string name, IReadOnlyList<ScenarioCase> cases, TargetContext target, int parallel, string? reportDirectory = null)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        RunResult run;
        await using (var runner = SuiteRunnerFactory.Create(target, parallel, reportDirectory: reportDirectory))
        {
            run = await runner.RunAsync(cases);
        }

        clock.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        var failed = run.Scenarios.Count(r => r.Outcome != Outcome.Passed);
        var measure = new Measure(clock.Elapsed.TotalMilliseconds / cases.Count, used.TotalMilliseconds / cases.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-42} {cases.Count,5} scenarios  {clock.Elapsed.TotalSeconds,6:F2} s  {measure.PerScenarioMs,7:F3} ms/scenario  CPU {measure.CpuPerScenarioMs,7:F3} ms/scenario{(failed > 0 ? $"  ({failed} not passed!)" : "")}"));
        return measure;
    }

    private static IReadOnlyList<ScenarioCase> Generated(int count, int steps)
    {
        var text = new StringBuilder("Feature: runner bench\n");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  Scenario: scenario {i}\n");
            for (var s = 0; s < steps; s++)
            {
                text.Append("    ").Append(Step).Append('\n');
            }
        }

        return FeatureSet.Parse($"bench/{steps}-steps.feature", text.ToString()).Scenarios;
    }

    private sealed record Measure(double PerScenarioMs, double CpuPerScenarioMs);
}
