using Covage.Conformance.PactVerification;
using Covage.Conformance.Tests.Cli;
using Covage.Provider;

namespace Covage.Conformance.Tests.Pact;

public sealed class PactVerifyCommandTests
{
    [Fact]
    public async Task RunAsync_PublishedContractOnBuiltInProvider_Passes()
    {
        var (code, output, error) = await RunAsync(PactTestFiles.Contract);

        var count = PactTestFiles.InteractionCount(PactTestFiles.Contract);
        Assert.True(code == 0, output + error);
        Assert.Contains($"{count} of {count} interaction(s) passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PublishedContractOnLoopbackHost_Passes()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = "serve-key", EnableConsole = false }, ProviderTransport.Loopback);

        var (code, output, error) = await RunAsync(PactTestFiles.Contract, "--target", host.BaseAddress.ToString(), "--simulator-key", "serve-key",
            "--token", "sandbox-pact-token");

        Assert.True(code == 0, output + error);
    }

    [Fact]
    public async Task RunAsync_V2PactFromAnotherLibrary_Passes()
    {
        var (code, output, error) = await RunAsync(PactTestFiles.Data("v2-other-library.json"));

        Assert.True(code == 0, output + error);
        Assert.Contains("PASS a request for a draft order (given an order in draft)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expects-201.json", "status")]
    [InlineData("expects-other-reference.json", "$.reference")]
    [InlineData("expects-unknown-field.json", "order_number")]
    public async Task RunAsync_PactExpectingWhatCovageDoesNotDo_FailsNamingTheMismatch(string file, string named)
    {
        var (code, output, error) = await RunAsync(PactTestFiles.Data(file));

        Assert.True(code == 1, output + error);
        var failure = output.Split('\n').SkipWhile(l => !l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
        Assert.Contains(failure, l => l.Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"consumer":{"name":"c"},"provider":{"name":"covage-ordering-api"},"interactions":[]}""", "has no interactions")]
    [InlineData("""{"consumer":{"name":"c"},"provider":{"name":"acme-billing"},"interactions":[{"description":"d","request":{"method":"GET","path":"/"},"response":{"status":200}}]}""", "--provider-name \"acme-billing\"")]
    [InlineData("""{"consumer":{"name":"c"},"provider":{"name":"covage-ordering-api"},"metadata":{"pactSpecification":{"version":"5.0.0"}},"interactions":[{"description":"d","request":{"method":"GET","path":"/"},"response":{"status":200}}]}""", "specification version \"5.0.0\"")]
    public async Task RunAsync_PactTheKitCannotVerify_Exit2OneLineNamingWhy(string pact, string named)
    {
        using var temp = new TempFolder();

        var (code, output, error) = await RunAsync(temp.File("pact.json", pact));

        Assert.Equal(2, code);
        Assert.StartsWith("covage-conformance: ", error, StringComparison.Ordinal);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Empty(output);
    }

    [Fact]
    public async Task RunAsync_OtherProviderWithProviderName_Verifies()
    {
        using var temp = new TempFolder();
        var pact = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PactTestFiles.Data("v2-other-library.json")))!;
        pact["provider"]!["name"] = "covage-sandbox";
        var file = temp.File("pact.json", pact.ToJsonString());

        var (code, output, error) = await RunAsync(file, "--provider-name", "covage-sandbox");

        Assert.True(code == 0, output + error);
    }

    [Fact]
    public async Task RunAsync_StatusMismatch_ShowsTheProvidersErrorEnvelopeInConsoleAndJunit()
    {
        using var temp = new TempFolder();

        var (code, output, error) = await RunAsync(PactTestFiles.Data("expects-201-without-eligibility.json"), "--report-dir", temp.Path);

        var junit = File.ReadAllText(Path.Combine(temp.Path, "junit.xml"));
        Assert.True(code == 1, output + error);
        Assert.Contains("status: expected 201 but was 400", output, StringComparison.Ordinal);
        Assert.Contains("the provider answered 400: Invalid input", output, StringComparison.Ordinal);
        Assert.Contains("eligibility_ref: CRT-ACTIVATE-NEEDS-ELIGIBILITY", output, StringComparison.Ordinal);
        Assert.DoesNotContain("missing the following keys", output, StringComparison.Ordinal);
        Assert.Contains("eligibility_ref: CRT-ACTIVATE-NEEDS-ELIGIBILITY", junit, StringComparison.Ordinal);
        Assert.Contains("missing the following keys", junit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithoutVerbose_PrintsOnlyTheKitsSummary()
    {
        var (_, quiet, _) = await RunAsync(PactTestFiles.Data("expects-201.json"));
        var (_, verbose, _) = await RunAsync(PactTestFiles.Data("expects-201.json"), "--verbose");

        Assert.DoesNotContain("Verifying a pact between", quiet, StringComparison.Ordinal);
        Assert.StartsWith("Pact verification against", quiet, StringComparison.Ordinal);
        Assert.Contains("Verifying a pact between picky-operator and covage-ordering-api", verbose, StringComparison.Ordinal);
        Assert.True(verbose.IndexOf("Verifying a pact between", StringComparison.Ordinal) < verbose.IndexOf("Pact verification against", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cli_VerifyPact_EngineReportNeverReachesTheProcessOutput()
    {
        using var temp = new TempFolder();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Covage.Conformance.dll"), "verify-pact", PactTestFiles.Data("expects-201.json"), "--report-dir", temp.Path },
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 1, await stdout + await stderr);
        Assert.StartsWith("Pact verification against", await stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Verifying a pact between", await stdout + await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownProviderState_Exit2NamingTheState()
    {
        var (code, _, error) = await RunAsync(PactTestFiles.Data("unknown-state.json"));

        Assert.Equal(2, code);
        Assert.Contains("a unicorn in the warehouse", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingFile_Exit2OneLine()
    {
        var (code, _, error) = await RunAsync("/nonexistent/pact.json");

        Assert.Equal(2, code);
        Assert.Equal("covage-conformance: pact file not found: /nonexistent/pact.json", error.Trim());
    }

    [Fact]
    public async Task RunAsync_MalformedFile_Exit2OneLine()
    {
        using var temp = new TempFolder();
        var file = temp.File("broken.json", "{\"consumer\":");

        var (code, _, error) = await RunAsync(file);

        Assert.Equal(2, code);
        Assert.StartsWith("covage-conformance: " + file + " is not valid JSON", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task RunAsync_UnreachableTarget_Exit2OneLine()
    {
        var (code, _, error) = await RunAsync(PactTestFiles.Contract, "--target", "http://127.0.0.1:1/");

        Assert.Equal(2, code);
        Assert.StartsWith("covage-conformance: cannot reach the target http://127.0.0.1:1/", error.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--target")]
    [InlineData("x.json", "--frobnicate")]
    [InlineData("x.json", "--target", "ftp://example.org")]
    public async Task RunAsync_BadUsage_Exit2(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await PactVerifyCommand.RunAsync(args, stdout, stderr, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.StartsWith("covage-conformance: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Failure_WritesJunitWithTheFailure()
    {
        using var temp = new TempFolder();

        await RunAsync(PactTestFiles.Data("expects-201.json"), "--report-dir", temp.Path);

        var junit = File.ReadAllText(Path.Combine(temp.Path, "junit.xml"));
        Assert.Contains("<failure", junit, StringComparison.Ordinal);
        Assert.Contains("create answers 201", junit, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var temp = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var all = args.Contains("--report-dir") ? args : [.. args, "--report-dir", temp.Path];
        var code = await PactVerifyCommand.RunAsync(all, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
