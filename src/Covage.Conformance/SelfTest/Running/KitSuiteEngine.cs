using Covage.Conformance.Cli;
using Covage.Conformance.Reports;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.SelfTest.Running;

/// <summary>The selftest's engine adapter over the kit's runner on Reqnroll (<see cref="SuiteRunnerFactory"/>).</summary>
internal sealed class KitSuiteEngine : ISuiteEngine
{
    private readonly Dictionary<string, ScenarioCase> _cases;
    private readonly int _parallel;

    public KitSuiteEngine(FeatureSet features, int parallel)
    {
        _cases = features.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _parallel = parallel;
        Scenarios = [.. features.Scenarios.Select(s => new SuiteScenario(s.Id, s.Name, s.FeatureName, s.Tags))];
    }

    public IReadOnlyList<SuiteScenario> Scenarios { get; }

    // Each run has its own runner and target; the runner supports several at once (one container per run).
    public int MaxConcurrentRuns => int.MaxValue;

    public IReadOnlyList<SuiteScenario> Select(string tagExpression)
    {
        var expression = TagExpression.Parse(tagExpression);
        return [.. Scenarios.Where(s => expression.Matches(s.Tags))];
    }

    public async Task<IReadOnlyList<ScenarioOutcome>> RunAsync(TargetContext target, IReadOnlyList<SuiteScenario> scenarios, bool stopAtFirstFailure, CancellationToken ct)
    {
        await using var runner = SuiteRunnerFactory.Create(target, _parallel);
        if (!stopAtFirstFailure)
        {
            var run = await runner.RunAsync(scenarios.Select(s => _cases[s.Id]), ct);
            return [.. run.Scenarios.Zip(scenarios, ToOutcome)];
        }

        // One scenario at a time per worker, in the order given; the runner keeps @serial ones alone.
        var outcomes = new ScenarioOutcome?[scenarios.Count];
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, scenarios.Count), new ParallelOptions { MaxDegreeOfParallelism = _parallel, CancellationToken = ct }, async (i, token) =>
        {
            if (Volatile.Read(ref failed) != 0)
            {
                return;
            }

            outcomes[i] = ToOutcome(await runner.RunScenarioAsync(_cases[scenarios[i].Id], token), scenarios[i]);
            if (outcomes[i]!.Verdict == Verdict.Failed)
            {
                Interlocked.Exchange(ref failed, 1);
            }
        });
        return [.. outcomes.OfType<ScenarioOutcome>()];
    }

    private static ScenarioOutcome ToOutcome(ScenarioResult result, SuiteScenario scenario) =>
        new(scenario, ResultKind.Of(result) switch
        {
            ResultKind.Passed => Verdict.Passed,
            ResultKind.NotApplicable => Verdict.NotApplicable,
            _ => Verdict.Failed,
        }, result.Outcome == Outcome.Passed ? null : FailureLine(result));

    private static string FailureLine(ScenarioResult result)
    {
        var step = ResultKind.FailingStep(result);
        var error = Compact(step?.Error ?? result.FirstError ?? result.NotApplicableReason ?? "");
        return step is null ? error : $"{step.Step.Keyword.Trim()} {step.Step.Text}: {error}";
    }

    /// <summary>The failure's words on one line (expected/actual included), without the exchange that follows them.</summary>
    private static string Compact(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(l => !l.StartsWith("request:", StringComparison.Ordinal) && !l.StartsWith("control:", StringComparison.Ordinal))
            .Take(6);
        var text = string.Join(" · ", lines);
        return text.Length > 400 ? text[..400] + "…" : text;
    }
}
