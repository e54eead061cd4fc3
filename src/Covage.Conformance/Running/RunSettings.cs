namespace Covage.Conformance.Running;

/// <summary>How a <see cref="SuiteRunner"/> runs (the target is given apart: it is what changes between runs).</summary>
internal sealed record RunSettings
{
    /// <summary>How many scenarios run at once (scenarios tagged @serial always run alone).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount * 4;

    /// <summary>Progress callbacks.</summary>
    public IRunListener? Listener { get; init; }

    /// <summary>The clock for <see cref="ScenarioResult.StartedAt"/> (durations are measured with a stopwatch).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where Reqnroll's formatters write the Cucumber messages and HTML report; null writes neither.</summary>
    public string? ReportDirectory { get; init; }
}
