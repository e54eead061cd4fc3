namespace Covage.Provider.Tests.Support;

/// <summary>Each test gets its own freshly seeded in-memory provider.</summary>
public abstract class ProviderTest : IAsyncLifetime
{
    internal TestProvider Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await TestProvider.StartAsync();

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
