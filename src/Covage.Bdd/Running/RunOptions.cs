using System.Reflection;

namespace Covage.Bdd;

/// <summary>What a <see cref="ScenarioRunner"/> needs.</summary>
public sealed record RunOptions
{
    /// <summary>Assemblies holding [Binding] classes and [ParameterType] methods.</summary>
    public IReadOnlyList<Assembly> BindingAssemblies { get; init; } = [];

    /// <summary>How many scenarios run at once (scenarios tagged @serial always run alone).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount * 4;

    /// <summary>Run-level singletons, injected into binding constructors by type (never disposed by the engine).</summary>
    public IReadOnlyDictionary<Type, object> Services { get; init; } = new Dictionary<Type, object>();

    /// <summary>Progress callbacks.</summary>
    public IRunListener? Listener { get; init; }

    /// <summary>
    /// How long one step or hook may take before it fails (a hung call must not hang the run);
    /// infinite by default. The abandoned call is not stopped: it should honour <see cref="ScenarioContext.CancellationToken"/>.
    /// </summary>
    public TimeSpan StepTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>The clock for <see cref="ScenarioResult.StartedAt"/> (durations are measured with a stopwatch).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
