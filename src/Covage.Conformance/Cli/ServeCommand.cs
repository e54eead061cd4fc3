using Covage.Provider;

namespace Covage.Conformance.Cli;

/// <summary><c>serve</c>: the reference provider on loopback, with its console, until Ctrl-C, SIGTERM or <c>POST /_simulator/stop/</c>.</summary>
internal static class ServeCommand
{
    public const string DefaultKey = "sandbox-simulator-key";

    public static async Task<int> RunAsync(ServeCommandLine command, TextWriter stdout, TextWriter stderr, CancellationToken ct, Action<Sandbox>? started = null)
    {
        await using var sandbox = await StartAsync(command, ct);
        stdout.WriteLine(sandbox.Banner);
        stdout.Flush();
        if (ExposureWarning(command, sandbox.BaseAddress.Port) is { } warning)
        {
            stderr.WriteLine(warning);
            stderr.Flush();
        }

        started?.Invoke(sandbox);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, sandbox.StopRequested);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("sandbox stopped.");
        }

        return ExitCodes.Passed;
    }

    /// <summary>
    /// The warning for a sandbox other machines can reach that still uses the key every README shows:
    /// anyone on the network could reset it or drive its orders. Null when it listens on loopback only
    /// or has its own key.
    /// </summary>
    public static string? ExposureWarning(ServeCommandLine command, int port)
    {
        var loopbackOnly = command.Host == "localhost"
            || (System.Net.IPAddress.TryParse(command.Host, out var address) && System.Net.IPAddress.IsLoopback(address));
        return loopbackOnly || (command.SimulatorKey ?? DefaultKey) != DefaultKey
            ? null
            : $"{KitInfo.ProgramName}: warning: the sandbox listens on {command.Host}:{port}, beyond this machine, with the public default "
                + $"simulator key \"{DefaultKey}\": anyone who can reach it can reset it and drive its orders. Pass --simulator-key with a secret of your own.";
    }

    /// <summary>Starts the sandbox; throws <see cref="UsageException"/> when it cannot listen.</summary>
    public static async Task<Sandbox> StartAsync(ServeCommandLine command, CancellationToken ct)
    {
        if (command.Host != "localhost" && !System.Net.IPAddress.TryParse(command.Host, out _))
        {
            throw new UsageException($"--host must be an IP address (127.0.0.1, 0.0.0.0, ::1...) or localhost, got \"{command.Host}\"");
        }

        var options = new ProviderOptions { SimulatorKey = command.SimulatorKey ?? DefaultKey, Autopilot = command.Autopilot, RecordTraffic = command.TrafficLog };
        ProviderHost host;
        try
        {
            host = await ProviderHost.StartAsync(options, ProviderTransport.Loopback, command.Host, command.Port, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UsageException($"cannot listen on {command.Host}:{command.Port}: {e.Message}");
        }

        try
        {
            return new Sandbox(host, await Sandbox.ReadFixturesJsonAsync(host, ct), command.Autopilot, command.TrafficLog);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
