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
        Assert.Equal("verify-pact: pact file not found: /nonexistent/pact.json", error.Trim());
    }

    [Fact]
    public async Task RunAsync_MalformedFile_Exit2OneLine()
    {
        using var temp = new TempFolder();
        var file = temp.File("broken.json", "{\"consumer\":");

        var (code, _, error) = await RunAsync(file);

        Assert.Equal(2, code);
        Assert.StartsWith("verify-pact: " + file + " is not valid JSON", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task RunAsync_UnreachableTarget_Exit2OneLine()
    {
        var (code, _, error) = await RunAsync(PactTestFiles.Contract, "--target", "http://127.0.0.1:1/");

        Assert.Equal(2, code);
        Assert.StartsWith("verify-pact: cannot reach the target http://127.0.0.1:1/", error.Trim(), StringComparison.Ordinal);
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
        Assert.StartsWith("verify-pact: ", stderr.ToString(), StringComparison.Ordinal);
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
