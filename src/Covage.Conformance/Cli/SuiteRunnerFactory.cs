using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Cli;

/// <summary>The kit's runner for one target: its bindings, the target injected into every scenario.</summary>
internal static class SuiteRunnerFactory
{
    public static SuiteRunner Create(TargetContext target, int? parallel = null, IRunListener? listener = null, TimeProvider? time = null, string? reportDirectory = null) =>
        new(target, new RunSettings
        {
            MaxParallelism = parallel ?? Environment.ProcessorCount * 4,
            Listener = listener,
            TimeProvider = time ?? TimeProvider.System,
            ReportDirectory = reportDirectory,
        });

    /// <summary>The whole seam in one call: runs the scenarios against the target, ends the run, returns the results.</summary>
    public static async Task<RunResult> RunAsync(IReadOnlyList<ScenarioCase> scenarios, TargetContext target, int? parallel = null, IRunListener? listener = null, CancellationToken ct = default)
    {
        await using var runner = Create(target, parallel, listener);
        return await runner.RunAsync(scenarios, ct);
    }
}
