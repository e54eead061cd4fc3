using System.Diagnostics;
using System.Reflection;
using System.Text;
using Covage.Bdd.Running;

namespace Covage.Bdd;

/// <summary>
/// Runs scenarios against the bindings: in parallel up to <see cref="RunOptions.MaxParallelism"/>,
/// then the <c>@serial</c> ones one at a time, alone.
/// </summary>
public sealed class ScenarioRunner
{
    private const string SerialTag = "@serial";

    private readonly RunOptions _options;
    private readonly BindingRegistry _registry;
    private readonly Lock _listenerGate = new();

    /// <summary>Scans the bindings; throws when a binding is invalid, naming the method.</summary>
    public ScenarioRunner(RunOptions options)
    {
        _options = options;
        _registry = new BindingRegistry(options.BindingAssemblies);
    }

    /// <summary>Runs the scenarios; results come back in the order given.</summary>
    public async Task<RunResult> RunAsync(IEnumerable<ScenarioCase> scenarios, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var list = scenarios.ToList();
        var results = new ScenarioResult[list.Count];
        var parallel = Enumerable.Range(0, list.Count).Where(i => !list[i].Tags.Contains(SerialTag)).ToList();
        var serial = Enumerable.Range(0, list.Count).Where(i => list[i].Tags.Contains(SerialTag)).ToList();
        await Parallel.ForEachAsync(parallel, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism), CancellationToken = cancellationToken },
            async (i, token) => results[i] = await RunScenarioAsync(list[i], token));
        foreach (var i in serial)
        {
            results[i] = await RunScenarioAsync(list[i], cancellationToken);
        }

        return new RunResult(results, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Runs one scenario with its hooks.</summary>
    public async Task<ScenarioResult> RunScenarioAsync(ScenarioCase scenario, CancellationToken cancellationToken = default)
    {
        Notify(l => l.ScenarioStarted(scenario));
        var startedAt = TimeProvider.System.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var context = new ScenarioContext(scenario);
        var steps = new List<StepResult>();
        string? notApplicable = null;
        var failed = false;
        await using (var scope = new ScenarioScope(context, _options.Services))
        {
            foreach (var hook in _registry.Hooks.Where(h => h.Before && h.Tags.Matches(scenario.Tags)))
            {
                var error = await InvokeAsync(hook.Method, scope, []);
                if (error is NotApplicableException na)
                {
                    notApplicable = na.Reason;
                    break;
                }

                if (error is not null)
                {
                    steps.Add(new StepResult(new ScenarioStep("Before", $"hook {hook.Method.DeclaringType?.Name}.{hook.Method.Name}", scenario.Line, null, null),
                        Outcome.Failed, TimeSpan.Zero, Describe(error), context.TakeAttachments()));
                    failed = true;
                    break;
                }
            }

            foreach (var step in scenario.Steps)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (failed || notApplicable is not null)
                {
                    steps.Add(new StepResult(step, notApplicable is not null ? Outcome.NotApplicable : Outcome.Skipped, TimeSpan.Zero, null, []));
                    continue;
                }

                var result = await RunStepAsync(step, scenario, scope, context);
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

            foreach (var hook in _registry.Hooks.Where(h => !h.Before && h.Tags.Matches(scenario.Tags)))
            {
                var error = await InvokeAsync(hook.Method, scope, []);
                if (error is not null and not NotApplicableException)
                {
                    steps.Add(new StepResult(new ScenarioStep("After", $"hook {hook.Method.DeclaringType?.Name}.{hook.Method.Name}", scenario.Line, null, null),
                        Outcome.Failed, TimeSpan.Zero, Describe(error), context.TakeAttachments()));
                    failed = true;
                }
            }
        }

        var outcome = failed ? Outcome.Failed : notApplicable is not null ? Outcome.NotApplicable : Outcome.Passed;
        var scenarioResult = new ScenarioResult(scenario, outcome, steps, Stopwatch.GetElapsedTime(started), notApplicable, startedAt);
        Notify(l => l.ScenarioFinished(scenarioResult));
        return scenarioResult;
    }

    private async Task<StepResult> RunStepAsync(ScenarioStep step, ScenarioCase scenario, ScenarioScope scope, ScenarioContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var matches = new List<(StepBinding Binding, System.Text.RegularExpressions.Match Match)>();
        foreach (var binding in _registry.Steps)
        {
            if (binding.Keyword is not null && binding.Keyword != step.Keyword)
            {
                continue;
            }

            var match = binding.Regex.Match(step.Text);
            if (match.Success)
            {
                matches.Add((binding, match));
            }
        }

        if (matches.Count == 0)
        {
            return new StepResult(step, Outcome.Undefined, TimeSpan.Zero, Undefined(step, scenario), []);
        }

        if (matches.Count > 1)
        {
            return new StepResult(step, Outcome.Ambiguous, TimeSpan.Zero,
                $"Ambiguous step \"{step.Keyword} {step.Text}\" at {scenario.FeaturePath}:{step.Line} matches {matches.Count} bindings:{Environment.NewLine}"
                + string.Join(Environment.NewLine, matches.Select(m => "  " + m.Binding.Describe())), []);
        }

        var (chosen, found) = matches[0];
        object?[] arguments;
        try
        {
            var parameters = chosen.Method.GetParameters();
            var captures = chosen.Captures(found);
            arguments = new object?[parameters.Length];
            for (var i = 0; i < captures.Count; i++)
            {
                arguments[i] = _registry.Types.Convert(chosen.ParameterTypes[i] is { Length: > 0 } name ? name : "", captures[i], parameters[i].ParameterType);
            }

            if (chosen.TrailingArgument is { } trailing)
            {
                arguments[^1] = trailing == typeof(DataTable) ? step.Table : step.DocString;
                if (arguments[^1] is null)
                {
                    throw new InvalidOperationException($"{chosen.Describe()} needs a {trailing.Name} under the step.");
                }
            }
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException or InvalidOperationException or TargetInvocationException)
        {
            return new StepResult(step, Outcome.Failed, Stopwatch.GetElapsedTime(started),
                $"Cannot convert the arguments of \"{step.Text}\" for {chosen.Describe()}: {(e.InnerException ?? e).Message}", context.TakeAttachments());
        }

        var error = await InvokeAsync(chosen.Method, scope, arguments);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return error switch
        {
            null => new StepResult(step, Outcome.Passed, elapsed, null, context.TakeAttachments()),
            NotApplicableException na => new StepResult(step, Outcome.NotApplicable, elapsed, na.Reason, context.TakeAttachments()),
            _ => new StepResult(step, Outcome.Failed, elapsed, Describe(error), context.TakeAttachments()),
        };
    }

    private static async Task<Exception?> InvokeAsync(MethodInfo method, ScenarioScope scope, object?[] arguments)
    {
        try
        {
            var target = scope.Resolve(method.DeclaringType!);
            var returned = method.Invoke(target, arguments);
            if (returned is Task task)
            {
                await task;
            }

            return null;
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

    /// <summary>Assertion-style exceptions speak for themselves; anything else shows its type and where it came from.</summary>
    private static string Describe(Exception error)
    {
        var name = error.GetType().Name;
        if (name.Contains("Conformance", StringComparison.Ordinal) || name.Contains("Assert", StringComparison.Ordinal)
            || name.Contains("StepFailed", StringComparison.Ordinal) || name.Contains("Xunit", StringComparison.Ordinal))
        {
            return error.Message;
        }

        var stack = string.Join(Environment.NewLine, (error.StackTrace ?? "").Split(Environment.NewLine).Take(4));
        return $"{name}: {error.Message}{Environment.NewLine}{stack}";
    }

    private static string Undefined(ScenarioStep step, ScenarioCase scenario)
    {
        var pattern = new StringBuilder();
        var parameters = new List<string>();
        foreach (var token in System.Text.RegularExpressions.Regex.Split(step.Text, "(\"[^\"]*\"|\\b-?\\d+\\b)"))
        {
            if (token.StartsWith('"') && token.Length > 1)
            {
                pattern.Append("{string}");
                parameters.Add($"string p{parameters.Count}");
            }
            else if (int.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                pattern.Append("{int}");
                parameters.Add($"int p{parameters.Count}");
            }
            else
            {
                pattern.Append(token.Replace("(", "\\(", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal).Replace("/", "\\/", StringComparison.Ordinal));
            }
        }

        if (step.Table is not null)
        {
            parameters.Add("DataTable table");
        }
        else if (step.DocString is not null)
        {
            parameters.Add("DocString text");
        }

        return $"Undefined step \"{step.Keyword} {step.Text}\" at {scenario.FeaturePath}:{step.Line}. Suggested binding:{Environment.NewLine}"
            + $"    [{step.Keyword}(\"{pattern}\")]{Environment.NewLine}"
            + $"    public Task {step.Keyword}Step({string.Join(", ", parameters)}) => throw new NotImplementedException();";
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
