using Covage.Conformance.Targets;

namespace Covage.Conformance.SelfTest.Running;

/// <summary>
/// The only thing the selftest needs from the suite's engine: the scenarios, a tag filter, and "run these
/// scenarios against this target". The mutant catalogue and the orchestration depend on nothing else,
/// so moving to another engine means writing one adapter.
/// </summary>
internal interface ISuiteEngine
{
    /// <summary>Every scenario of the features, in file order.</summary>
    IReadOnlyList<SuiteScenario> Scenarios { get; }

    /// <summary>How many runs (each against its own target) may go on at once in this process.</summary>
    int MaxConcurrentRuns { get; }

    /// <summary>The scenarios a tag expression selects; throws <see cref="FormatException"/> on a bad expression.</summary>
    IReadOnlyList<SuiteScenario> Select(string tagExpression);

    /// <summary>
    /// Runs the scenarios against the target: one outcome per scenario run, in the order given. With
    /// <paramref name="stopAtFirstFailure"/>, no scenario starts once one has failed (those already running finish).
    /// </summary>
    Task<IReadOnlyList<ScenarioOutcome>> RunAsync(TargetContext target, IReadOnlyList<SuiteScenario> scenarios, bool stopAtFirstFailure, CancellationToken ct);
}
