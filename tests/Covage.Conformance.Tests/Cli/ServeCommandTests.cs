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
        var delivery = sandbox.Fixtures.Operators[0].UserInGroup("delivery")!;
        Assert.Contains($"{delivery.Email} / {delivery.Password}", sandbox.Banner, StringComparison.Ordinal);
        Assert.Contains($"curl -s -X POST {url}api/v2/account/token/", sandbox.Banner, StringComparison.Ordinal);
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

        var code = await ServeCommand.RunAsync(new ServeCommandLine { Port = 0 }, stdout, stop.Token, started: _ => stop.Cancel());

        Assert.Equal(0, code);
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
}
