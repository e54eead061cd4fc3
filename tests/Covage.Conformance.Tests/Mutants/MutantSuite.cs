using Covage.Conformance.Cli;
using Covage.Conformance.Reports;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;
using Covage.Conformance.Tests.Scenarios;

namespace Covage.Conformance.Tests.Mutants;

/// <summary>
/// One built-in provider behind a <see cref="RewritingHandler"/>, shared by a test class: a test sets a
/// mutant, runs scenarios of features/ against it, and reads their results. xunit runs the tests of a
/// class one at a time, so one mutant is in place at a time.
/// </summary>
public sealed class MutantSuite : IAsyncLifetime
{
    private readonly MutantSwitch _mutants = new();
    private TargetContext _target = null!;
    private SuiteRunner _runner = null!;

    public async Task InitializeAsync()
    {
        _target = await TargetFactory.BuiltInAsync(SuiteFixture.SchemasDirectory, around: inner => new RewritingHandler(inner, _mutants));
        _runner = SuiteRunnerFactory.Create(_target);
    }

    public async Task DisposeAsync()
    {
        await _runner.DisposeAsync();
        await _target.DisposeAsync();
    }

    /// <summary>The scenarios of a feature (path relative to features/) whose name starts with <paramref name="name"/>.</summary>
    internal static IReadOnlyList<ScenarioCase> Find(string feature, string name)
    {
        var found = SuiteFixture.Features.Scenarios
            .Where(s => s.FeaturePath.Replace('\\', '/').EndsWith(feature, StringComparison.Ordinal) && s.Name.StartsWith(name, StringComparison.Ordinal))
            .ToList();
        return found.Count > 0 ? found : throw new InvalidOperationException($"no scenario of {feature} starts with \"{name}\"");
    }

    /// <summary>Runs the scenarios with the mutant in place (none: the correct provider).</summary>
    internal async Task<IReadOnlyList<ScenarioResult>> RunAsync(Mutant? mutant, IEnumerable<ScenarioCase> scenarios)
    {
        _mutants.Current = mutant;
        try
        {
            return (await _runner.RunAsync(scenarios)).Scenarios;
        }
        finally
        {
            _mutants.Current = null;
        }
    }

    /// <summary>Asserts the scenarios pass against a provider that gives another answer the pages allow.</summary>
    internal async Task AssertAllowedAsync(Mutant mutant, string feature, string name)
    {
        var results = await RunAsync(mutant, Find(feature, name));
        var notPassing = results.Where(r => ResultKind.Of(r) != ResultKind.Passed).Select(r => $"{r.Scenario.Name}: {r.FirstError ?? r.NotApplicableReason}").ToList();
        Assert.True(notPassing.Count == 0, $"with \"{mutant.Name}\", an answer the pages allow, the scenario must still pass:\n" + string.Join("\n", notPassing));
    }

    /// <summary>
    /// Asserts the scenario fails against the mutant at a check (a Then step whose text contains
    /// <paramref name="failingStep"/>), not in its setup, and passes without the mutant.
    /// </summary>
    internal async Task AssertCaughtAsync(Mutant mutant, string feature, string name, string failingStep)
    {
        var scenarios = Find(feature, name);
        var clean = await RunAsync(null, scenarios);
        var notPassing = clean.Where(r => ResultKind.Of(r) != ResultKind.Passed).Select(r => $"{r.Scenario.Name}: {r.FirstError ?? r.NotApplicableReason}").ToList();
        Assert.True(notPassing.Count == 0, "without the mutant the scenario must pass:\n" + string.Join("\n", notPassing));

        var results = await RunAsync(mutant, scenarios);
        foreach (var result in results)
        {
            var step = ResultKind.FailingStep(result);
            Assert.True(step is not null, $"\"{result.Scenario.Name}\" passed against the mutant \"{mutant.Name}\"");
            Assert.True(step.Step.Text.Contains(failingStep, StringComparison.Ordinal),
                $"\"{result.Scenario.Name}\" failed at \"{step.Step.Keyword.Trim()} {step.Step.Text}\", not at a step containing \"{failingStep}\": {step.Error}");
        }
    }
}
