using Covage.Provider.Domain;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Simulation.Faults;
using Covage.Provider.Simulation.Traffic;

namespace Covage.Provider.Simulation;

/// <summary>
/// The provider's world: the virtual clock and the current state with its services. A reset swaps
/// in a freshly seeded world in one step.
/// </summary>
internal sealed class Sandbox
{
    private World _world;

    public Sandbox(VirtualClock clock, ProviderOptions options)
    {
        Clock = clock;
        Options = options;
        _world = NewWorld();
    }

    public event Action<World>? WorldCreated;

    public VirtualClock Clock { get; }

    public ProviderOptions Options { get; }

    public World Current => Volatile.Read(ref _world);

    /// <summary>Every client call and its answer; kept across resets (it is the clients' history, not the world's).</summary>
    public TrafficLog Traffic { get; } = new();

    /// <summary>The faults the control API asked for; kept across resets.</summary>
    public FaultBook Faults { get; } = new();

    /// <summary>
    /// The secret the web console sends in <c>X-Covage-Console</c> so the traffic recorder can tell its
    /// calls from a client's: made afresh for each sandbox and given only in the console page itself, so a
    /// client cannot mark its calls as the console's by sending the header with any value of its own.
    /// </summary>
    public string ConsoleMark { get; } = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>Cancelled by <c>POST /_simulator/stop/</c>: whoever runs the sandbox stops it.</summary>
    public CancellationTokenSource StopRequested { get; } = new();

    public World Reset()
    {
        Clock.ResetOffset();
        var world = NewWorld();
        Volatile.Write(ref _world, world);
        WorldCreated?.Invoke(world);
        return world;
    }

    private World NewWorld()
    {
        var state = Seed.Create(Clock);
        var store = new OrderStore(state, Options.InsideOrderLock);
        return new World(state, new OrderService(store), new CovageSide(state, store), new TokenService(Clock));
    }
}

/// <summary>One seeded state and the services working on it: the operator's side of orders, Covage's side, tokens.</summary>
internal sealed record World(ProviderState State, OrderService Orders, CovageSide Covage, TokenService Tokens)
{
    /// <summary>Held by a Pact provider-state setup, so two setups of one order never interleave.</summary>
    public Lock ProviderStateGate { get; } = new();
}
