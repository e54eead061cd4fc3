namespace Covage.Provider.Tests.Support;

/// <summary>Each test gets its own freshly seeded provider (in memory unless a class asks for real HTTP).</summary>
public abstract class ProviderTest : IAsyncLifetime
{
    internal TestProvider Api { get; private set; } = null!;

    /// <summary>Loopback Kestrel serves each connection on its own: races need it to be real.</summary>
    private protected virtual ProviderTransport Transport => ProviderTransport.InMemory;

    /// <summary>The provider's options (race tests add a <see cref="RaceWindow"/>).</summary>
    private protected virtual ProviderOptions Options => new() { SimulatorKey = TestProvider.Key };

    public async Task InitializeAsync() => Api = await TestProvider.StartAsync(Transport, Options);

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
