using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Cli;

/// <summary>Runs the CLI in process and keeps what it printed.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, color: false, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
