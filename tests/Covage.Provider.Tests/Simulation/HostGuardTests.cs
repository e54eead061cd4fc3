using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

/// <summary>SIM-HOST: the control API answers only requests whose Host names the sandbox itself (no DNS rebinding).</summary>
public sealed class HostGuardTests : IAsyncLifetime
{
    private ProviderHost _loopback = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _loopback = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = TestProvider.Key }, ProviderTransport.Loopback);
        _http = _loopback.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _loopback.DisposeAsync();
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebind.attacker.example:8080")]
    [InlineData("localhost.evil.example")]
    [InlineData("10.11.12.13")]
    public async Task Control_HostThatIsNotTheSandbox_Is403NamingHost(string host)
    {
        var response = await SendAsync(HttpMethod.Get, "/_simulator/fixtures/", host);

        Envelope.AssertIs(response, 403);
        Assert.Equal(["Host"], response.ErrorFields);
        Assert.Contains("SIM-HOST", response.ErrorText, StringComparison.Ordinal);
        Assert.Contains(host, response.Json["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("password", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:9999")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2:1234")]
    [InlineData("[::1]")]
    public async Task Control_HostNamingTheSandbox_IsServed(string host)
    {
        var response = await SendAsync(HttpMethod.Get, "/_simulator/fixtures/", host);

        Assert.Equal(200, response.Code);
    }

    [Fact]
    public async Task Reset_FromARenamedHost_IsRefusedAndChangesNothing()
    {
        var clockBefore = (await SendAsync(HttpMethod.Post, "/_simulator/clock/advance/", null, new JsonObject { ["seconds"] = 86400 })).Json["now"]!.GetValue<string>();

        var refused = await SendAsync(HttpMethod.Post, "/_simulator/reset/", "evil.example");

        Envelope.AssertIs(refused, 403);
        var clockAfter = (await SendAsync(HttpMethod.Get, "/_simulator/clock/", null)).Json["now"]!.GetValue<string>();
        // A reset would have taken the clock back by the day it was advanced.
        Assert.True(string.CompareOrdinal(clockAfter, clockBefore) >= 0, $"{clockAfter} < {clockBefore}");
    }

    [Fact]
    public async Task Control_ListeningOnEveryAddress_ServesTheMachinesOwnAddressesOnly()
    {
        await using var every = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = TestProvider.Key }, ProviderTransport.Loopback, "0.0.0.0");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{every.BaseAddress.Port}/") };
        var addresses = NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address).Where(a => a.AddressFamily == AddressFamily.InterNetwork).ToList();
        var own = addresses.FirstOrDefault(a => !IPAddress.IsLoopback(a)) ?? addresses[0];

        var byOwnAddress = await SendAsync(http, HttpMethod.Get, "/_simulator/clock/", own.ToString());
        var byName = await SendAsync(http, HttpMethod.Get, "/_simulator/clock/", "evil.example");

        Assert.Equal(200, byOwnAddress.Code);
        Envelope.AssertIs(byName, 403);
    }

    private Task<ApiResponse> SendAsync(HttpMethod method, string path, string? host, JsonNode? body = null) =>
        SendAsync(_http, method, path, host, body);

    private static async Task<ApiResponse> SendAsync(HttpClient http, HttpMethod method, string path, string? host, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Simulator-Key", TestProvider.Key);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }
}
