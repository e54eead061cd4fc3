using System.ComponentModel;
using System.Diagnostics;
using Covage.Conformance.Cli;

namespace Covage.Conformance.Certification;

/// <summary>
/// The client under certification: started with the sandbox's coordinates in its environment, its
/// output relayed line by line, stopped (with its children) when it outlives the timeout or the
/// certification is interrupted.
/// </summary>
internal static class ClientProcess
{
    public static async Task<ClientOutcome> RunAsync(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken stop)
    {
        var start = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        var gate = new Lock();
        void Relay(TextWriter to, string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    to.WriteLine("  | " + line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Relay(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Relay(stderr, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"cannot start the client command \"{command[0]}\": {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, stop);
        try
        {
            await process.WaitForExitAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return new ClientOutcome(null, time.GetElapsedTime(started), deadline.IsCancellationRequested ? timeout : null);
        }

        // Let the relay catch the last lines.
        await process.WaitForExitAsync(CancellationToken.None);
        return new ClientOutcome(process.ExitCode, time.GetElapsedTime(started), null);
    }
}

/// <summary>How the client's command ended: its exit code (null when it was stopped), how long it ran, and the timeout if that stopped it.</summary>
internal sealed record ClientOutcome(int? ExitCode, TimeSpan Duration, TimeSpan? TimedOutAfter);
