namespace Covage.Provider.Tests.Support;

/// <summary>
/// One provider for the tests of one class (they run one at a time), started by the first and put back
/// to its freshly seeded state before each other one (<see cref="TestProvider.ResetAsync"/>): building
/// a provider costs far more than resetting one, and the class's tests each still start from the seed.
/// </summary>
public sealed class ProviderFixture : IAsyncLifetime
{
    private TestProvider? _provider;

    internal async Task<TestProvider> ProvideAsync(ProviderTransport transport, ProviderOptions options)
    {
        if (_provider is null)
        {
            return _provider = await TestProvider.StartAsync(transport, options);
        }

        await _provider.ResetAsync();
        return _provider;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
