using Covage.Conformance.Certification;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Certification;

/// <summary>certify-client without a command (served until a control call), and a command stopped at its timeout.</summary>
public sealed class CertifyServeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task CertifyClient_NoCommand_ServesUntilStopCallThenJudges()
    {
        using var stdout = new SignallingWriter("Certifying every call to ");
        using var stderr = new StringWriter();
        var certify = CertifyCommand.RunAsync(["--report-dir", _folder.Path], stdout, stderr, TimeProvider.System, CancellationToken.None);
        var line = await stdout.Seen.WaitAsync(TimeSpan.FromSeconds(30));
        var url = new Uri(line.Split(' ')[4].Replace("api/:", "", StringComparison.Ordinal));
        using var http = new HttpClient { BaseAddress = url };

        using (await http.GetAsync("api/v2/orders/"))
        {
        }

        using var stop = new HttpRequestMessage(HttpMethod.Post, "_simulator/stop/");
        stop.Headers.Add("X-Simulator-Key", "sandbox-simulator-key");
        using (var stopped = await http.SendAsync(stop))
        {
            Assert.Equal(202, (int)stopped.StatusCode);
        }

        var code = await certify.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, code);
        Assert.Contains("  AUTH-HEADER: #1 GET /api/v2/orders/ → 401: refused: Authentication credentials were not provided.", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Demo users", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertifyClient_CallsOfTheConsolePage_AreSetAsideAndCounted_OthersClaimingToBeItAreJudged()
    {
        using var stdout = new SignallingWriter("Certifying every call to ");
        var certify = CertifyCommand.RunAsync(["--report-dir", _folder.Path], stdout, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var line = await stdout.Seen.WaitAsync(TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = new Uri(line.Split(' ')[4].Replace("api/:", "", StringComparison.Ordinal)) };
        var page = await http.GetStringAsync("");
        var mark = System.Text.RegularExpressions.Regex.Match(page, "name=\"covage-console-mark\" content=\"([0-9a-f]+)\"").Groups[1].Value;

        foreach (var claimed in new[] { mark, mark, "1" })
        {
            using var call = new HttpRequestMessage(HttpMethod.Get, "api/v2/orders/");
            call.Headers.Add("X-Covage-Console", claimed);
            using (await http.SendAsync(call))
            {
            }
        }

        using var stop = new HttpRequestMessage(HttpMethod.Post, "_simulator/stop/");
        stop.Headers.Add("X-Simulator-Key", "sandbox-simulator-key");
        using (await http.SendAsync(stop))
        {
        }

        var code = await certify.WaitAsync(TimeSpan.FromSeconds(30));
        var summary = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder.Path, "summary.json")))!;

        Assert.Equal(1, code);
        Assert.Equal(1, summary["calls"]!.GetValue<int>());
        Assert.Equal(2, summary["console_calls"]!.GetValue<int>());
        Assert.Contains("1 call(s) recorded (and 2 of the sandbox's web console, set aside: not judged).", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("  AUTH-HEADER: #3 GET /api/v2/orders/ → 401", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertifyClient_NoCommandAndNoCall_IsNotCertified()
    {
        using var stdout = new SignallingWriter("Certifying every call to ");
        using var stop = new CancellationTokenSource();
        var certify = CertifyCommand.RunAsync(["--report-dir", _folder.Path], stdout, TextWriter.Null, TimeProvider.System, stop.Token);
        await stdout.Seen.WaitAsync(TimeSpan.FromSeconds(30));

        await stop.CancelAsync();
        var code = await certify.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, code);
        Assert.Contains("  CLIENT-TRAFFIC: the client sent no request to the sandbox's API", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertifyClient_CommandOutlivesTimeout_IsStoppedAndJudged()
    {
        using var stdout = new StringWriter();

        var code = await CertifyCommand.RunAsync(["--report-dir", _folder.Path, "--timeout", "60", "--", "sleep", "600"],
            stdout, TextWriter.Null, new ExpiringTimeouts(), CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("Client was stopped at the timeout", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("  CLIENT-TRAFFIC: the command was still running after --timeout 60 s and was stopped", stdout.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A StringWriter that says when a line containing a marker was written.</summary>
    private sealed class SignallingWriter(string marker) : StringWriter
    {
        private readonly TaskCompletionSource<string> _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Seen => _seen.Task;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.Contains(marker, StringComparison.Ordinal))
            {
                _seen.TrySetResult(value);
            }
        }
    }

    /// <summary>System time, except that a timer of a minute or more fires at once: the timeout passes without waiting for it.</summary>
    private sealed class ExpiringTimeouts : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime >= TimeSpan.FromMinutes(1) ? TimeSpan.Zero : dueTime, period);
    }
}
