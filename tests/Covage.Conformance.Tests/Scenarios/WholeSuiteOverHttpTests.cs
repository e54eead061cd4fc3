using Covage.Conformance.Cli;
using Covage.Conformance.Reports;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Tests.Scenarios;

public sealed class WholeSuiteOverHttpTests
{
    [Fact]
    public async Task RunAsync_WholeSuiteAgainstTheServedSandbox_EveryScenarioPasses()
    {
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        await using var target = await TargetFactory.LiveAsync(
            new LiveTargetOptions(sandbox.BaseAddress.ToString(), null, null, null, sandbox.SimulatorKey, null), SuiteFixture.SchemasDirectory);
        Assert.True(target.HasSimulator);

        var run = await SuiteRunnerFactory.RunAsync(SuiteFixture.Features.Scenarios, target);

        var failures = run.Scenarios.Where(r => ResultKind.Of(r) != ResultKind.Passed)
            .Select(r => $"{r.Scenario.FeatureName} › {r.Scenario.Name}: {ResultKind.FirstLine(r.NotApplicableReason ?? ResultKind.FailureText(r))}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {run.Scenarios.Count} scenarios did not pass over HTTP:\n" + string.Join("\n", failures));
        Assert.NotEmpty(run.Scenarios);
    }
}
