using System.Diagnostics;
using System.Text.Json.Nodes;
using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Pact;

/// <summary>
/// The published contract passes the official Pact verifier (the standalone <c>pact</c> CLI from npm,
/// fetched into .tools/pact/ by eng/fetch-pact.sh) against the sandbox <c>serve</c> runs, with only the
/// flags the README shows, twice in a row on the same sandbox.
/// </summary>
public sealed class OfficialVerifierTests
{
    private const string Key = "official-verifier-key";

    [Fact]
    public async Task PactVerifier_PublishedContractAgainstServe_PassesEveryInteractionTwiceInARow()
    {
        var pact = Path.Combine(PactTestFiles.RepoRoot, ".tools", "pact", "pact");
        Assert.True(File.Exists(pact), $"{pact} is missing: run 'bash eng/fetch-pact.sh' (./run-conformance.sh test does)");
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0, SimulatorKey = Key }, CancellationToken.None);
        var descriptions = JsonNode.Parse(File.ReadAllText(PactTestFiles.Contract))!["interactions"]!.AsArray()
            .Select(i => i!["description"]!.GetValue<string>()).ToList();

        foreach (var run in new[] { 1, 2 })
        {
            var (code, output) = await RunAsync(pact, sandbox.BaseAddress);

            Assert.True(code == 0, $"run {run}: pact verifier exited {code}\n{output}");
            Assert.All(descriptions, d => Assert.Contains($"\n  {d} (", output, StringComparison.Ordinal));
            Assert.DoesNotContain("(FAILED)", output, StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string pact, Uri sandbox)
    {
        var start = new ProcessStartInfo(pact)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["PACT_DO_NOT_TRACK"] = "true" },
        };
        foreach (var arg in new[]
        {
            "verifier", "-f", PactTestFiles.Contract, "-h", "127.0.0.1", "-p", sandbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-n", "covage-ordering-api", "-s", new Uri(sandbox, "_simulator/provider-states").ToString(), "-H", "X-Simulator-Key=" + Key,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
