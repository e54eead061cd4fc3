using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task StartAsync_FreePort_BannerNamesUrlCredentialsKeyConsoleAndCurl()
    {
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0, SimulatorKey = "my-key" }, CancellationToken.None);
        var url = sandbox.BaseAddress.ToString();

        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Contains($"listening on {url}", sandbox.Banner, StringComparison.Ordinal);
        Assert.Contains($"web console   {url}", sandbox.Banner, StringComparison.Ordinal);
        Assert.Contains("X-Simulator-Key: my-key", sandbox.Banner, StringComparison.Ordinal);
        Assert.Contains("in memory only: a restart or POST /_simulator/reset loses every order and token", sandbox.Banner, StringComparison.Ordinal);
        var delivery = sandbox.Fixtures.Operators[0].UserInGroup("delivery")!;
        Assert.Contains($"{delivery.Email} / {delivery.Password}", sandbox.Banner, StringComparison.Ordinal);
        Assert.Contains($"curl -s -X POST {url}api/v2/account/token/", sandbox.Banner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "traffic log   on: every API call", 1)]
    [InlineData(false, "traffic log   off (--no-traffic-log)", 0)]
    public async Task StartAsync_TrafficLogOnOrOff_BannerSaysSoAndTheLogRecordsOrNot(bool trafficLog, string bannerLine, int recorded)
    {
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0, TrafficLog = trafficLog }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using (await http.GetAsync("api/v2/orders/"))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "_simulator/traffic/");
        request.Headers.Add("X-Simulator-Key", sandbox.SimulatorKey);
        using var response = await http.SendAsync(request);
        var traffic = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Contains(bannerLine, sandbox.Banner, StringComparison.Ordinal);
        Assert.Equal(trafficLog, traffic["recording"]!.GetValue<bool>());
        Assert.Equal(recorded, traffic["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task StartAsync_Sandbox_AnswersOverRealHttp()
    {
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var response = await http.GetAsync("api/v2/orders/");

        Assert.Equal(401, (int)response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_PortInUse_ThrowsUsageNamingTheAddress()
    {
        await using var first = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);

        var error = await Assert.ThrowsAsync<UsageException>(() =>
            ServeCommand.StartAsync(new ServeCommandLine { Port = first.BaseAddress.Port }, CancellationToken.None));

        Assert.Contains($"cannot listen on 127.0.0.1:{first.BaseAddress.Port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsAndExits0()
    {
        using var stop = new CancellationTokenSource();
        using var stdout = new StringWriter();

        using var stderr = new StringWriter();

        var code = await ServeCommand.RunAsync(new ServeCommandLine { Port = 0 }, stdout, stderr, stop.Token, started: _ => stop.Cancel());

        Assert.Equal(0, code);
        Assert.Equal("", stderr.ToString());
        Assert.Contains("listening on http://127.0.0.1:", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("sandbox stopped.", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_HostNameThatIsNotAnAddress_ThrowsUsage()
    {
        var error = await Assert.ThrowsAsync<UsageException>(() =>
            ServeCommand.StartAsync(new ServeCommandLine { Host = "nonexistent.invalid", Port = 0 }, CancellationToken.None));

        Assert.Contains("--host must be an IP address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_EveryAddress_ReadsItsFixturesThroughLoopback()
    {
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Host = "0.0.0.0", Port = 0 }, CancellationToken.None);

        Assert.NotEmpty(sandbox.Fixtures.Operators);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080/", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080/", "http://[::1]:8080/")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/")]
    public void Reachable_UnspecifiedAddress_BecomesLoopback(string address, string expected) =>
        Assert.Equal(expected, Sandbox.Reachable(new Uri(address)).ToString());

    [Fact]
    public async Task RunAsync_EveryAddressWithTheDefaultKey_WarnsOnStderr()
    {
        using var stop = new CancellationTokenSource();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        await ServeCommand.RunAsync(new ServeCommandLine { Host = "0.0.0.0", Port = 0 }, stdout, stderr, stop.Token, started: _ => stop.Cancel());

        var warning = stderr.ToString();
        Assert.StartsWith("covage-conformance: warning: the sandbox listens on 0.0.0.0:", warning, StringComparison.Ordinal);
        Assert.Contains("public default simulator key \"sandbox-simulator-key\"", warning, StringComparison.Ordinal);
        Assert.Contains("--simulator-key", warning, StringComparison.Ordinal);
        Assert.Single(warning.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("localhost", null)]
    [InlineData("::1", null)]
    [InlineData("0.0.0.0", "a-secret-of-mine")]
    [InlineData("192.0.2.10", "a-secret-of-mine")]
    public void ExposureWarning_LoopbackOrOwnKey_IsNone(string host, string? key) =>
        Assert.Null(ServeCommand.ExposureWarning(new ServeCommandLine { Host = host, SimulatorKey = key }, 8080));

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.0.2.10")]
    public void ExposureWarning_BeyondLoopbackWithTheDefaultKey_NamesTheAddress(string host) =>
        Assert.Contains($"listens on {host}:8080", ServeCommand.ExposureWarning(new ServeCommandLine { Host = host }, 8080), StringComparison.Ordinal);
}
