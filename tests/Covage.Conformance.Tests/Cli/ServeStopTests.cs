using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Cli;

public sealed class ServeStopTests
{
    [Fact]
    public async Task RunAsync_StopControlCall_StopsAndExits0()
    {
        using var stdout = new StringWriter();
        Task? call = null;

        var code = await ServeCommand.RunAsync(new ServeCommandLine { Port = 0, SimulatorKey = "k" }, stdout, TextWriter.Null, CancellationToken.None, started: sandbox =>
            call = Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
                using var request = new HttpRequestMessage(HttpMethod.Post, "_simulator/stop/");
                request.Headers.Add("X-Simulator-Key", "k");
                using var response = await http.SendAsync(request);
                Assert.Equal(202, (int)response.StatusCode);
            }));

        await call!;
        Assert.Equal(0, code);
        Assert.Contains("sandbox stopped.", stdout.ToString(), StringComparison.Ordinal);
    }
}
