using System.Runtime.InteropServices;
using Covage.Conformance.Cli;

// Ctrl-C or SIGTERM asks the current command to stop (serve shuts down cleanly, run stops early);
// a second Ctrl-C ends the process at once.
using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    if (!stop.IsCancellationRequested)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
return await CommandLine.RunAsync(args, Console.Out, Console.Error, color: !Console.IsOutputRedirected, stop.Token);
