using Covage.Bdd;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Cli;

/// <summary>The engine set up for the kit: its bindings, with the target as the run-level service.</summary>
internal static class SuiteRunnerFactory
{
    public static ScenarioRunner Create(TargetContext target, int? parallel = null, IRunListener? listener = null, TimeProvider? time = null) =>
        new(new RunOptions
        {
            BindingAssemblies = [typeof(TargetContext).Assembly],
            Services = new Dictionary<Type, object> { [typeof(TargetContext)] = target },
            MaxParallelism = parallel ?? Environment.ProcessorCount * 4,
            Listener = listener,
            TimeProvider = time ?? TimeProvider.System,
        });
}
