using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Covage.Provider;

/// <summary>
/// The one way into the reference provider from outside: start it in memory or on loopback, then
/// talk to it over HTTP. Nothing of its rule code is public.
/// </summary>
public sealed class ProviderHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ProviderTransport _transport;

    private ProviderHost(WebApplication app, ProviderTransport transport, Uri baseAddress, string simulatorKey)
    {
        _app = app;
        _transport = transport;
        BaseAddress = baseAddress;
        SimulatorKey = simulatorKey;
    }

    /// <summary>The root URL of the API (in memory: <c>http://localhost/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The value of the <c>X-Simulator-Key</c> header the control API expects.</summary>
    public string SimulatorKey { get; }

    /// <summary>Cancelled when a client asks the sandbox to stop (<c>POST /_simulator/stop/</c>).</summary>
    public CancellationToken StopRequested => _app.Services.GetRequiredService<Simulation.Sandbox>().StopRequested.Token;

    /// <summary>Builds and starts a provider.</summary>
    public static async Task<ProviderHost> StartAsync(
        ProviderOptions options,
        ProviderTransport transport,
        string host = "127.0.0.1",
        int port = 0,
        CancellationToken cancellationToken = default)
    {
        var app = ProviderApp.Build(options, transport, host, port);
        await app.StartAsync(cancellationToken);
        var address = transport == ProviderTransport.InMemory
            ? new Uri("http://localhost/")
            : new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        return new ProviderHost(app, transport, address, options.SimulatorKey);
    }

    /// <summary>A handler that reaches the provider: in-memory for <see cref="ProviderTransport.InMemory"/>, sockets otherwise.</summary>
    public HttpMessageHandler CreateHandler() => _transport == ProviderTransport.InMemory
        ? _app.GetTestServer().CreateHandler()
        : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    /// <summary>An HTTP client whose base address is the provider's.</summary>
    public HttpClient CreateClient() => new(CreateHandler()) { BaseAddress = BaseAddress };

    /// <summary>Stops the provider.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
