using Covage.Bdd.Tests.Running.Support;

namespace Covage.Bdd.Tests.Running;

/// <summary>A per-scenario object: one per scenario, shared by every binding class, disposed at the end.</summary>
internal sealed class Cart : IDisposable
{
    private static int s_next;
    private readonly Probe _probe;

    public Cart(Probe probe)
    {
        _probe = probe;
        Number = Interlocked.Increment(ref s_next);
    }

    public int Number { get; }

    public List<string> Items { get; } = [];

    public void Dispose() => _probe.Add($"cart {Number} disposed");
}

/// <summary>Depends on <see cref="Cart"/>: resolved recursively, disposed asynchronously, before the cart.</summary>
internal sealed class Checkout(Cart cart, Probe probe) : IAsyncDisposable
{
    public Cart Cart { get; } = cart;

    public ValueTask DisposeAsync()
    {
        probe.Add($"checkout of cart {Cart.Number} disposed");
        return ValueTask.CompletedTask;
    }
}

internal sealed class Chicken(Egg egg)
{
    public Egg Egg { get; } = egg;
}

internal sealed class Egg(Chicken chicken)
{
    public Chicken Chicken { get; } = chicken;
}

internal sealed class CartSteps(Cart cart, Probe probe)
{
    [Given("I put {string} in the cart")]
    public void Put(string item)
    {
        cart.Items.Add(item);
        probe.Add($"cart {cart.Number} put");
    }
}

internal sealed class CheckoutSteps(Checkout checkout, Probe probe, ScenarioContext context)
{
    [Then("the checkout sees {int} item(s)")]
    public void Sees(int count)
    {
        if (checkout.Cart.Items.Count != count)
        {
            throw new StepFailedException($"expected {count} item(s), found {checkout.Cart.Items.Count}");
        }

        probe.Add($"checkout sees cart {checkout.Cart.Number} in {context.Scenario.Name}");
    }
}

internal sealed class ChickenSteps(Chicken chicken)
{
    [Given("a chicken")]
    public void Chicken() => _ = chicken;
}

internal interface IGateway
{
    string Name { get; }
}

internal sealed class FakeGateway : IGateway
{
    public string Name => "fake";
}

internal sealed class GatewaySteps(IGateway gateway, Probe probe)
{
    [Given("the gateway is used")]
    public void Use() => probe.Add(gateway.Name);
}
