using Covage.Conformance.PactVerification;
using Covage.Conformance.Running;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Cli;

/// <summary>The CLI: parse, dispatch, and turn every usage or configuration problem into one line and exit 2.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, bool color, CancellationToken ct)
    {
        try
        {
            return CliParser.Parse(args) switch
            {
                HelpCommandLine help => Print(stdout, HelpText.For(help.Topic, KitInfo.CommandName)),
                VersionCommandLine => Print(stdout, $"{KitInfo.ProgramName} {KitInfo.Version}"),
                RunCommandLine run => await RunCommand.RunAsync(run, stdout, color, TimeProvider.System, ct),
                ServeCommandLine serve => await ServeCommand.RunAsync(serve, stdout, stderr, ct),
                MergeReportsCommandLine merge => await MergeReportsCommand.RunAsync(merge, stdout, color),
                OpenApiCommandLine openApi => await OpenApiCommand.RunAsync(openApi, stdout, ct),
                VerifyPactCommandLine pact => await PactVerifyCommand.RunAsync(pact.Arguments, stdout, stderr, ct),
                CertifyClientCommandLine certify => await Certification.CertifyCommand.RunAsync(certify.Arguments, stdout, stderr, TimeProvider.System, ct),
                var other => throw new UsageException($"unsupported command {other}"),
            };
        }
        catch (Exception e) when (e is UsageException or TargetException or GherkinLoadException)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException && Environment.GetEnvironmentVariable("COVAGE_DEBUG") is null)
        {
            // A bug of the kit, not of the target: still one line (COVAGE_DEBUG=1 shows the stack trace).
            return Fail(stderr, $"unexpected {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Prints <c>covage-conformance: reason</c> on one line; returns exit code 2.</summary>
    public static int Fail(TextWriter stderr, string reason)
    {
        var lines = reason.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.Length switch
        {
            0 => "failed",
            1 => lines[0],
            _ => $"{lines[0]} (and {lines.Length - 1} more problem(s))",
        };
        stderr.WriteLine($"{KitInfo.ProgramName}: {line}");
        return ExitCodes.Usage;
    }

    private static int Print(TextWriter stdout, string text)
    {
        stdout.WriteLine(text.TrimEnd());
        return ExitCodes.Passed;
    }
}
