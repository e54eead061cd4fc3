using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Covage.Conformance.Targets;
using Reqnroll;
using Reqnroll.Configuration;

namespace Covage.Conformance.Running;

/// <summary>
/// Runs scenarios through Reqnroll's runtime the way Reqnroll's generated code does, without
/// generated code: one Reqnroll test run per <see cref="SuiteRunner"/> (its own global container, so
/// runners for different targets work side by side), one <see cref="FeatureInfo"/> per feature file,
/// per scenario <c>OnScenarioInitialize</c>, <c>OnScenarioStartAsync</c>, exactly one step call per
/// pickle step, <c>CollectScenarioErrorsAsync</c>, <c>OnScenarioEndAsync</c>. Ordinary scenarios run
/// in parallel; <c>@serial</c> ones run alone, whoever calls. Dispose it to end the run: that is when
/// Reqnroll's formatters write the Cucumber messages and the standard HTML report.
/// </summary>
internal sealed class SuiteRunner : IAsyncDisposable
{
    /// <summary>The tag of scenarios that must never run alongside another.</summary>
    public const string SerialTag = "@serial";

    // Generated code's defaults, minus the per-step trace nobody reads.
    private const string Configuration = """{"trace": {"traceSuccessfulSteps": false, "traceTimings": false}}""";

    private readonly TargetContext _target;
    private readonly RunSettings _settings;
    private readonly SerialGate _gate = new();
    private readonly Lock _listenerGate = new();
    private readonly ConcurrentDictionary<FeatureInfo, bool> _features = new();
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private ITestRunnerManager? _manager;
    private bool _disposed;

    public SuiteRunner(TargetContext target, RunSettings settings)
    {
        _target = target;
        _settings = settings;
    }

    /// <summary>Runs the scenarios; results come back in the order given.</summary>
    public async Task<RunResult> RunAsync(IEnumerable<ScenarioCase> scenarios, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var list = scenarios.ToList();
        var results = new ScenarioResult[list.Count];
        var parallel = Enumerable.Range(0, list.Count).Where(i => !IsSerial(list[i])).ToList();
        var serial = Enumerable.Range(0, list.Count).Where(i => IsSerial(list[i])).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _settings.MaxParallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(parallel, options, async (i, token) => results[i] = await RunScenarioAsync(list[i], token));
        foreach (var i in serial)
        {
            results[i] = await RunScenarioAsync(list[i], ct);
        }

        return new RunResult(results, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Runs one scenario with its hooks. Never throws for a failing scenario (the result says why);
    /// throws <see cref="OperationCanceledException"/> when cancelled before it started.
    /// </summary>
    public async Task<ScenarioResult> RunScenarioAsync(ScenarioCase scenario, CancellationToken ct = default)
    {
        var source = scenario.Source ?? throw new ArgumentException($"{scenario.Id} was not loaded by FeatureSet: the runtime needs its compiled feature", nameof(scenario));
        var manager = await StartAsync();
        using (await _gate.EnterAsync(IsSerial(scenario), ct))
        {
            ct.ThrowIfCancellationRequested();
            Notify(l => l.ScenarioStarted(scenario));
            var result = await ExecuteAsync(manager, scenario, source);
            Notify(l => l.ScenarioFinished(result));
            return result;
        }
    }

    /// <summary>Ends the run: every feature, then the test run (Reqnroll's formatters write their files now).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed || _manager is null)
        {
            _disposed = true;
            return;
        }

        _disposed = true;
        foreach (var feature in _features.Keys)
        {
            await _manager.EndFeatureForAvailableTestRunnersAsync(feature);
        }

        await _manager.DisposeAsync();
        _startGate.Dispose();
    }

    private static bool IsSerial(ScenarioCase scenario) => scenario.Tags.Contains(SerialTag, StringComparer.Ordinal);

    private async Task<ITestRunnerManager> StartAsync()
    {
        if (_manager is { } started)
        {
            return started;
        }

        await _startGate.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_manager is null)
            {
                var assembly = typeof(SuiteRunner).Assembly;
                var global = new RunContainerBuilder(_target, _settings.ReportDirectory)
                    .CreateGlobalContainer(assembly, new JsonStringRuntimeConfigurationProvider(Configuration));
                var manager = global.Resolve<ITestRunnerManager>();
                manager.Initialize(assembly);
                await manager.FireTestRunStartAsync();
                _manager = manager;
            }

            return _manager;
        }
        finally
        {
            _startGate.Release();
        }
    }

    private async Task<ScenarioResult> ExecuteAsync(ITestRunnerManager manager, ScenarioCase scenario, CompiledFeature source)
    {
        var startedAt = _settings.TimeProvider.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var feature = source.Info;
        _features.TryAdd(feature, true);
        var start = source.Starts[scenario.PickleIndex];
        var runner = manager.GetTestRunner(feature);
        ScenarioTrace? trace = null;
        var errors = new List<Exception>();
        try
        {
            // A test runner is sticky to the last feature it ran: close that one before starting ours.
            if (runner.FeatureContext is not null && !ReferenceEquals(runner.FeatureContext.FeatureInfo, feature))
            {
                await runner.OnFeatureEndAsync();
            }

            if (runner.FeatureContext is null)
            {
                await runner.OnFeatureStartAsync(feature);
            }

            runner.OnScenarioInitialize(
                new ScenarioInfo(start.Title, start.Description, start.Tags, start.Arguments, start.InheritedTags, scenario.PickleIndex.ToString(CultureInfo.InvariantCulture)),
                start.Rule);
            var container = runner.ScenarioContext.ScenarioContainer;
            var log = container.Resolve<ScenarioLog>();
            log.ToOutput = false;
            trace = new ScenarioTrace(scenario, log);
            container.RegisterInstanceAs(trace);
            try
            {
                await runner.OnScenarioStartAsync();
                var pickleSteps = source.Pickles[scenario.PickleIndex].Steps;
                for (var i = 0; i < pickleSteps.Count; i++)
                {
                    await CallStepAsync(runner, pickleSteps[i], scenario.Steps[i]);
                }

                await runner.CollectScenarioErrorsAsync();
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
            finally
            {
                try
                {
                    await runner.OnScenarioEndAsync();
                }
                catch (Exception e)
                {
                    errors.Add(e);
                }
            }
        }
        catch (Exception e)
        {
            // The feature could not start (a BeforeFeature hook failed), or the runtime refused the call.
            errors.Add(e);
        }
        finally
        {
            manager.ReleaseTestRunnerToPool(runner);
        }

        var steps = trace?.Finish().ToList() ?? [];
        var outcome = Decide(steps, trace, errors, scenario);
        return new ScenarioResult(scenario, outcome, steps, Stopwatch.GetElapsedTime(started), outcome == Outcome.NotApplicable ? trace?.NotApplicableReason : null, startedAt);
    }

    private static Task CallStepAsync(ITestRunner runner, Io.Cucumber.Messages.Types.PickleStep step, ScenarioStep kit)
    {
        var doc = step.Argument?.DocString?.Content;
        Table? table = null;
        if (step.Argument?.DataTable is { Rows.Count: > 0 } rows)
        {
            table = new Table([.. rows.Rows[0].Cells.Select(c => c.Value)]);
            foreach (var row in rows.Rows.Skip(1))
            {
                table.AddRow([.. row.Cells.Select(c => c.Value)]);
            }
        }

        var keyword = (kit.WrittenKeyword ?? kit.Keyword) + " ";
        return kit.Keyword switch
        {
            "When" => runner.WhenAsync(step.Text, doc, table, keyword),
            "Then" => runner.ThenAsync(step.Text, doc, table, keyword),
            _ => runner.GivenAsync(step.Text, doc, table, keyword),
        };
    }

    /// <summary>
    /// The scenario's outcome, from its steps and hooks (their outcomes came from exception types):
    /// a failure anywhere fails it; else not applicable (its later steps never ran, even undefined
    /// ones); else undefined, pending; an error the runtime raised outside any step (a failing
    /// feature start) fails it with an entry of its own.
    /// </summary>
    private static Outcome Decide(List<StepResult> steps, ScenarioTrace? trace, List<Exception> errors, ScenarioCase scenario)
    {
        if (steps.FirstOrDefault(s => s.Outcome is Outcome.Failed or Outcome.Ambiguous) is { } failed)
        {
            return failed.Outcome;
        }

        var unexplained = errors.FirstOrDefault(e => e is not (NotApplicableException or ScenarioPendingException or ScenarioIgnoredException));
        if (unexplained is not null)
        {
            steps.Add(new StepResult(new ScenarioStep("Scenario", "run the scenario", scenario.Line, null, null), Outcome.Failed, TimeSpan.Zero,
                ErrorText.Describe(unexplained), []));
            return Outcome.Failed;
        }

        if (trace?.NotApplicableReason is not null)
        {
            return Outcome.NotApplicable;
        }

        return steps.FirstOrDefault(s => s.Outcome is Outcome.Undefined or Outcome.Pending)?.Outcome ?? Outcome.Passed;
    }

    private void Notify(Action<IRunListener> action)
    {
        if (_settings.Listener is { } listener)
        {
            lock (_listenerGate)
            {
                action(listener);
            }
        }
    }
}
