namespace Covage.Provider.Tests.Support;

/// <summary>
/// Each test gets a freshly seeded provider (in memory unless a class asks for real HTTP): the class's
/// one provider (<see cref="ProviderFixture"/>), reset before every test but its first.
/// </summary>
public abstract class ProviderTest(ProviderFixture fixture) : IAsyncLifetime, IClassFixture<ProviderFixture>
{
    internal TestProvider Api { get; private set; } = null!;

    /// <summary>Loopback Kestrel serves each connection on its own: races need it to be real.</summary>
    private protected virtual ProviderTransport Transport => ProviderTransport.InMemory;

    /// <summary>The provider's options (race tests add a <see cref="RaceWindow"/>); read when the class's provider starts.</summary>
    private protected virtual ProviderOptions Options => new() { SimulatorKey = TestProvider.Key };

    public async Task InitializeAsync() => Api = await fixture.ProvideAsync(Transport, Options);

    public Task DisposeAsync() => Task.CompletedTask;
}
