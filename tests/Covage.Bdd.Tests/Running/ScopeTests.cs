using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

public sealed class ScopeTests
{
    private readonly Probe _probe = new();

    [Fact]
    public async Task RunScenario_InjectedObjects_AreSharedWithinAScenarioAndDisposedAtItsEnd()
    {
        var result = await Harness.RunAsync(_probe, "Scenario: shop\n  Given I put \"tea\" in the cart\n  Then the checkout sees 1 item\n",
            typeof(CartSteps), typeof(CheckoutSteps));

        Assert.Equal(Outcome.Passed, result.Outcome);
        var events = _probe.Events.ToList();
        var number = events[0]["cart ".Length..^" put".Length];
        Assert.Equal([$"cart {number} put", $"checkout sees cart {number} in shop", $"checkout of cart {number} disposed", $"cart {number} disposed"], events);
    }

    [Fact]
    public async Task Run_TwoScenarios_GetTheirOwnObjectsButTheSameService()
    {
        var runner = Harness.Runner(_probe, bindings: [typeof(CartSteps), typeof(CheckoutSteps)]);
        var scenarios = Harness.Scenarios("Scenario: one\n  Given I put \"a\" in the cart\n  Then the checkout sees 1 item\n\nScenario: two\n  Then the checkout sees 0 items\n");

        var run = await runner.RunAsync(scenarios);

        Assert.All(run.Scenarios, r => Assert.Equal(Outcome.Passed, r.Outcome));
        Assert.Equal(2, _probe.Events.Count(e => e.EndsWith(" disposed", StringComparison.Ordinal) && e.StartsWith("cart", StringComparison.Ordinal)));
        Assert.Equal(2, _probe.Events.Where(e => e.StartsWith("checkout sees", StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact]
    public async Task RunScenario_CircularDependency_FailsTheStepNamingTheChain()
    {
        var result = await Harness.RunAsync(_probe, "Scenario: loop\n  Given a chicken\n", typeof(ChickenSteps));

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("ChickenSteps -> Chicken -> Egg -> Chicken", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_UnregisteredInterface_FailsNamingTheType()
    {
        var result = await Harness.RunAsync(_probe, "Scenario: s\n  Given the gateway is used\n", typeof(GatewaySteps));

        Assert.Equal(Outcome.Failed, result.Outcome);
        Assert.Contains("IGateway", result.Steps[0].Error, StringComparison.Ordinal);
        Assert.Contains("RunOptions.Services", result.Steps[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunScenario_ServiceRegisteredByConcreteType_IsInjectedForItsInterface()
    {
        var runner = new ScenarioRunner(new RunOptions { Services = new Dictionary<Type, object> { [typeof(FakeGateway)] = new FakeGateway(), [typeof(Probe)] = _probe } },
            [typeof(GatewaySteps)]);

        var result = await runner.RunScenarioAsync(Harness.Scenarios("Scenario: s\n  Given the gateway is used\n")[0]);

        Assert.Equal(Outcome.Passed, result.Outcome);
        Assert.Equal(["fake"], _probe.Events);
    }
}
