using System.Diagnostics;
using System.Reflection;
using Covage.Bdd.Running;

namespace Covage.Bdd;

/// <summary>
/// Runs scenarios against the bindings: in parallel up to <see cref="RunOptions.MaxParallelism"/>,
/// then the <c>@serial</c> ones one at a time, each alone. Thread-safe: one runner can serve many
/// callers, and <c>@serial</c> scenarios stay alone across all of them.
/// </summary>
public sealed class ScenarioRunner
{
    /// <summary>The tag of scenarios that must never run alongside another.</summary>
    public const string SerialTag = "@serial";

    private readonly RunOptions _options;
    private readonly BindingRegistry _registry;
    private readonly SerialGate _gate = new();
    private readonly Lock _listenerGate = new();

    /// <summary>Scans the bindings once; throws <see cref="InvalidOperationException"/> naming every invalid binding method.</summary>
    public ScenarioRunner(RunOptions options)
        : this(options, new BindingRegistry(options.BindingAssemblies))
    {
    }

    /// <summary>Binds exactly these classes (tests use this to keep their bindings apart).</summary>
    internal ScenarioRunner(RunOptions options, IReadOnlyList<Type> bindingTypes)
        : this(options, new BindingRegistry(bindingTypes, onlyMarked: false))
    {
    }

    private ScenarioRunner(RunOptions options, BindingRegistry registry)
    {
        _options = options;
        _registry = registry;
    }

    /// <summary>Runs the scenarios; results come back in the order given.</summary>
    public async Task<RunResult> RunAsync(IEnumerable<ScenarioCase> scenarios, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var list = scenarios.ToList();
        var results = new ScenarioResult[list.Count];
        var parallel = Enumerable.Range(0, list.Count).Where(i => !IsSerial(list[i])).ToList();
        var serial = Enumerable.Range(0, list.Count).Where(i => IsSerial(list[i])).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(parallel, options, async (i, token) => results[i] = await RunScenarioAsync(list[i], token));
        foreach (var i in serial)
        {
            results[i] = await RunScenarioAsync(list[i], ct);
        }

        return new RunResult(results, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Runs one scenario with its hooks. Never throws for a failing scenario (the result says why);
    /// throws <see cref="OperationCanceledException"/> when cancelled, after the AfterScenario hooks ran.
    /// </summary>
    public async Task<ScenarioResult> RunScenarioAsync(ScenarioCase scenario, CancellationToken ct = default)
    {
        using (await _gate.EnterAsync(IsSerial(scenario), ct))
        {
            Notify(l => l.ScenarioStarted(scenario));
            var result = await ExecuteAsync(scenario, ct);
            Notify(l => l.ScenarioFinished(result));
            ct.ThrowIfCancellationRequested();
            return result;
        }
    }

    private static bool IsSerial(ScenarioCase scenario) => scenario.Tags.Contains(SerialTag, StringComparer.Ordinal);

    private async Task<ScenarioResult> ExecuteAsync(ScenarioCase scenario, CancellationToken ct)
    {
        var startedAt = _options.TimeProvider.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var context = new ScenarioContext(scenario, ct);
        var scope = new ScenarioScope(context, _options.Services);
        var steps = new List<StepResult>();
        string? notApplicable = null;
        var failed = false;

        foreach (var hook in _registry.BeforeHooks)
        {
            if (!hook.Tags.Matches(scenario.Tags))
            {
                continue;
            }

            var hookStarted = Stopwatch.GetTimestamp();
            var error = await InvokeAsync(hook.Method, scope, []);
            if (error is NotApplicableException na)
            {
                notApplicable = na.Reason;
                break;
            }

            if (error is not null)
            {
                steps.Add(HookFailure("BeforeScenario", hook, scenario, error, Stopwatch.GetElapsedTime(hookStarted), context));
                failed = true;
                break;
            }
        }

        // Attachments made by successful Before hooks go with the first step.
        var pending = context.TakeAttachments();
        foreach (var step in scenario.Steps)
        {
            if (failed || notApplicable is not null || ct.IsCancellationRequested)
            {
                steps.Add(new StepResult(step, Outcome.Skipped, TimeSpan.Zero, ct.IsCancellationRequested ? "The run was cancelled." : null, pending));
                pending = [];
                continue;
            }

            context.CurrentStep = step;
            var result = await RunStepAsync(step, scenario, scope, context);
            if (pending.Count > 0)
            {
                result = result with { Attachments = [.. pending, .. result.Attachments] };
                pending = [];
            }

            steps.Add(result);
            if (result.Outcome == Outcome.NotApplicable)
            {
                notApplicable = result.Error;
            }
            else if (result.Outcome != Outcome.Passed)
            {
                failed = true;
            }
        }

        context.CurrentStep = null;
        foreach (var hook in _registry.AfterHooks)
        {
            if (!hook.Tags.Matches(scenario.Tags))
            {
                continue;
            }

            var hookStarted = Stopwatch.GetTimestamp();
            var error = await InvokeAsync(hook.Method, scope, []);
            if (error is not null and not NotApplicableException)
            {
                steps.Add(HookFailure("AfterScenario", hook, scenario, error, Stopwatch.GetElapsedTime(hookStarted), context));
                failed = true;
            }
        }

        foreach (var error in await scope.DisposeAsync())
        {
            steps.Add(new StepResult(new ScenarioStep("After", "dispose the scenario's objects", scenario.Line, null, null),
                Outcome.Failed, TimeSpan.Zero, Describe(error), []));
            failed = true;
        }

        // Attachments made by After hooks go with the last step.
        var late = context.TakeAttachments();
        if (late.Count > 0 && steps.Count > 0)
        {
            steps[^1] = steps[^1] with { Attachments = [.. steps[^1].Attachments, .. late] };
        }

        var outcome = failed ? Outcome.Failed : notApplicable is not null ? Outcome.NotApplicable : Outcome.Passed;
        return new ScenarioResult(scenario, outcome, steps, Stopwatch.GetElapsedTime(started), notApplicable, startedAt);
    }

    private async Task<StepResult> RunStepAsync(ScenarioStep step, ScenarioCase scenario, ScenarioScope scope, ScenarioContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var matches = _registry.Find(step.Keyword, step.Text);
        if (matches.Length == 0)
        {
            return new StepResult(step, Outcome.Undefined, TimeSpan.Zero, StepSnippet.Undefined(step, scenario, _registry.MatchingOtherKeywords(step.Keyword, step.Text)), []);
        }

        if (matches.Length > 1)
        {
            return new StepResult(step, Outcome.Ambiguous, TimeSpan.Zero,
                $"Ambiguous step \"{step.Keyword} {step.Text}\" at {scenario.FeaturePath}:{step.Line} matches {matches.Length} bindings:{Environment.NewLine}"
                + string.Join(Environment.NewLine, matches.Select(m => "  " + m.Binding.Describe())), []);
        }

        var (binding, captures) = matches[0];
        object?[] arguments;
        try
        {
            arguments = Arguments(binding, captures, step);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or InvalidOperationException)
        {
            return new StepResult(step, Outcome.Failed, Stopwatch.GetElapsedTime(started),
                $"Cannot pass the arguments of \"{step.Keyword} {step.Text}\" ({scenario.FeaturePath}:{step.Line}) to {binding.Describe()}: {e.Message}", context.TakeAttachments());
        }

        var error = await InvokeAsync(binding.Method, scope, arguments);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return error switch
        {
            null => new StepResult(step, Outcome.Passed, elapsed, null, context.TakeAttachments()),
            NotApplicableException na => new StepResult(step, Outcome.NotApplicable, elapsed, na.Reason, context.TakeAttachments()),
            _ => new StepResult(step, Outcome.Failed, elapsed, Describe(error), context.TakeAttachments()),
        };
    }

    private object?[] Arguments(StepBinding binding, IReadOnlyList<string> captures, ScenarioStep step)
    {
        var parameters = binding.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < captures.Count; i++)
        {
            arguments[i] = _registry.Types.Convert(binding.ParameterTypes[i], captures[i], parameters[i].ParameterType);
        }

        if (binding.TrailingArgument is { } trailing)
        {
            arguments[^1] = (trailing == typeof(DataTable) ? step.Table : (object?)step.DocString)
                ?? throw new InvalidOperationException($"the method expects a {(trailing == typeof(DataTable) ? "data table" : "doc string")} under the step, and there is none.");
        }
        else if (step.Table is not null || step.DocString is not null)
        {
            throw new InvalidOperationException($"the step has a {(step.Table is not null ? "data table" : "doc string")} but the method has no last {(step.Table is not null ? "DataTable" : "DocString")} parameter to take it.");
        }

        return arguments;
    }

    private async Task<Exception?> InvokeAsync(MethodInfo method, ScenarioScope scope, object?[] arguments)
    {
        Task? task = null;
        try
        {
            var target = method.IsStatic ? null : scope.Resolve(method.DeclaringType!);
            task = method.Invoke(target, arguments) switch
            {
                Task t => t,
                ValueTask v => v.AsTask(),
                _ => null,
            };
            if (task is not null)
            {
                // Real time, whatever clock the bindings use.
                await task.WaitAsync(_options.StepTimeout);
            }

            return null;
        }
        catch (TimeoutException) when (task is { IsCompleted: false })
        {
            return new TimeoutException($"{method.DeclaringType?.FullName}.{method.Name} did not finish within {_options.StepTimeout.TotalSeconds:0.###} s (RunOptions.StepTimeout).");
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private static StepResult HookFailure(string kind, HookBinding hook, ScenarioCase scenario, Exception error, TimeSpan elapsed, ScenarioContext context) =>
        new(new ScenarioStep(kind, $"hook {hook.Describe()}", scenario.Line, null, null),
            Outcome.Failed, elapsed, $"{kind} hook {hook.Describe()} failed: {Describe(error)}", context.TakeAttachments());

    /// <summary>
    /// The whole message always. Check failures (StepFailedException, assertion and conformance
    /// exceptions) speak for themselves; anything else also shows its type, causes and origin.
    /// </summary>
    internal static string Describe(Exception error)
    {
        var name = error.GetType().Name;
        if (error is StepFailedException || name.Contains("Conformance", StringComparison.Ordinal) || name.Contains("Assert", StringComparison.Ordinal)
            || name.Contains("Xunit", StringComparison.Ordinal) || error.GetType().Namespace?.StartsWith("Xunit", StringComparison.Ordinal) == true)
        {
            return error.Message;
        }

        var text = new System.Text.StringBuilder($"{error.GetType().FullName}: {error.Message}");
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append(Environment.NewLine).Append(" ---> ").Append(inner.GetType().FullName).Append(": ").Append(inner.Message);
        }

        foreach (var line in (error.StackTrace ?? "").Split('\n').Where(l => l.Length > 0).Take(4))
        {
            text.Append(Environment.NewLine).Append(line.TrimEnd('\r'));
        }

        return text.ToString();
    }

    private void Notify(Action<IRunListener> action)
    {
        if (_options.Listener is { } listener)
        {
            lock (_listenerGate)
            {
                action(listener);
            }
        }
    }
}
