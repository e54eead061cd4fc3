using System.Collections.Concurrent;
using System.Diagnostics;
using Covage.Conformance.Drivers;
using Covage.Conformance.SchemaValidation;
using Covage.Conformance.SelfTest.Interception;
using Covage.Conformance.Targets;
using Covage.Provider;

namespace Covage.Conformance.SelfTest.Running;

/// <summary>
/// Runs the suite against the clean provider (the baseline), then against each mutant: the provider,
/// reset to its seeded state, behind the mutant's handler, running the scenarios that cite the mutant's
/// rules. A mutant is caught when one of them fails against it while it passed against the clean provider.
/// Mutants run in parallel lanes, each lane with its own provider (the simulator clock is per provider).
/// </summary>
internal sealed class SelfTestRunner(ISuiteEngine engine, SchemaCatalog schemas, int parallelMutants, TimeProvider time, bool firstCatch = false)
{
    public async Task<SelfTestResult> RunAsync(IReadOnlyList<Mutant> mutants, IReadOnlyList<string> rules, IReadOnlyList<NoMutant> noMutants,
        Action<MutantResult>? finished, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var clock = Stopwatch.GetTimestamp();
        var plans = mutants.Select(m => (Mutant: m, Scenarios: ScenariosOf(m))).ToList();
        var union = engine.Scenarios.Where(s => plans.Any(p => p.Scenarios.Contains(s))).ToList();
        var degree = Math.Max(1, Math.Min(parallelMutants, engine.MaxConcurrentRuns));
        var lanes = new ConcurrentBag<ProviderHost>();
        try
        {
            for (var i = 0; i < degree; i++)
            {
                lanes.Add(await TargetFactory.StartProviderAsync());
            }

            lanes.TryTake(out var first);
            var baseline = await RunAgainstAsync(Mutate.All(), union, first!, stop: false, ct);
            lanes.Add(first!);
            var broken = baseline.Outcomes.Where(o => o.Verdict != Verdict.Passed).ToList();
            var brokenIds = broken.Select(o => o.Scenario.Id).ToHashSet(StringComparer.Ordinal);

            var results = new MutantResult[plans.Count];
            var reporter = new InOrder<MutantResult>(plans.Count, r => finished?.Invoke(r));
            var options = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = ct };
            await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, async (i, token) =>
            {
                // As many lanes as workers: one is always free here.
                lanes.TryTake(out var lane);
                try
                {
                    results[i] = await RunMutantAsync(plans[i].Mutant, plans[i].Scenarios, brokenIds, lane!, token);
                }
                finally
                {
                    lanes.Add(lane!);
                }

                reporter.Done(i, results[i]);
            });

            return new SelfTestResult(broken, union.Count, results, rules, noMutants, startedAt, Stopwatch.GetElapsedTime(clock));
        }
        finally
        {
            foreach (var host in lanes)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>The scenarios a mutant runs: those citing one of its rules, and those its <see cref="Mutant.AlsoRun"/> picks.</summary>
    public IReadOnlyList<SuiteScenario> ScenariosOf(Mutant mutant)
    {
        var also = mutant.AlsoRun is { } expression ? engine.Select(expression).Select(s => s.Id).ToHashSet(StringComparer.Ordinal) : [];
        return [.. engine.Scenarios.Where(s => also.Contains(s.Id) || RuleTags.All(s.Tags).Any(mutant.Rules.Contains))];
    }

    private async Task<MutantResult> RunMutantAsync(Mutant mutant, IReadOnlyList<SuiteScenario> scenarios, HashSet<string> broken, ProviderHost lane, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        if (scenarios.Count == 0)
        {
            return new MutantResult(mutant, scenarios, [], 0, TimeSpan.Zero, $"no scenario cites {string.Join(" or ", mutant.Rules)}");
        }

        // Scenarios failing against the clean provider cannot catch anything: they are left out.
        var (outcomes, hits, error) = await RunAgainstAsync(mutant.Rewrite, [.. scenarios.Where(s => !broken.Contains(s.Id))], lane, firstCatch, ct);
        var failed = outcomes.Where(o => o.Verdict == Verdict.Failed).ToList();
        var problem = error is not null ? $"the mutant itself broke ({error}): fix the mutant"
            : failed.Count == 0 && hits == 0 ? "the mutant never came into play: none of its scenarios sent what it rewrites" : null;
        return new MutantResult(mutant, scenarios, failed, hits, Stopwatch.GetElapsedTime(started), problem)
        {
            Executed = outcomes.Count,
        };
    }

    /// <summary>The scenarios against the lane's provider, reset to its seeded state, behind the rewrite.</summary>
    private async Task<(IReadOnlyList<ScenarioOutcome> Outcomes, int Hits, string? Error)> RunAgainstAsync(Rewrite rewrite, IReadOnlyList<SuiteScenario> scenarios, ProviderHost lane, bool stop, CancellationToken ct)
    {
        MutantContext? context = null;
        await using var target = await TargetFactory.BuiltInAsync(schemas, shared: lane, wrap: (fixtures, inner) =>
        {
            context = new MutantContext(fixtures, TargetFactory.BuiltInKey);
            return new MutantHandler(rewrite, context, inner);
        });
        var outcomes = await engine.RunAsync(target, scenarios, stop, ct);
        return (outcomes, context!.Hits, context.Error);
    }
}
