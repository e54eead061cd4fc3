using Covage.Conformance.PactVerification;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Pact;

/// <summary>
/// A pact written by another Pact library: Data/alpha-ordering-portal-covage-ordering-api.json comes
/// from pact-js 17.1.4 (Pact V4; the consumer tests that wrote it are in Data/pact-js/). Three of its
/// interactions are right about Covage; the fourth reuses an existing order's order_ref and expects
/// 201, so the kit must fail it alone and say why in Covage's words.
/// </summary>
public sealed class PactJsFileTests
{
    private static readonly string File = PactTestFiles.Data("alpha-ordering-portal-covage-ordering-api.json");

    [Fact]
    public void File_IsPactJsV4()
    {
        var metadata = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(File))!["metadata"]!;

        Assert.Equal("17.1.4", metadata["pact-js"]!["version"]!.GetValue<string>());
        Assert.Equal("4.0", metadata["pactSpecification"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_PactJsFile_FailsTheDuplicateOrderRefOnlyQuotingTheRule()
    {
        using var temp = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await PactVerifyCommand.RunAsync([File, "--report-dir", temp.Path], stdout, stderr, CancellationToken.None);

        var output = stdout.ToString();
        var junit = System.IO.File.ReadAllText(Path.Combine(temp.Path, "junit.xml"));
        Assert.True(code == 1, output + stderr);
        Assert.Contains("PASS the portal submits a complete draft (given a complete order in draft)", output, StringComparison.Ordinal);
        Assert.Contains("PASS the portal sets the OTP of the fibre endpoint (given an order in draft)", output, StringComparison.Ordinal);
        Assert.Contains("PASS the portal lists its orders", output, StringComparison.Ordinal);
        Assert.Contains("FAIL the portal creates an order with the order_ref of an existing one", output, StringComparison.Ordinal);
        Assert.Contains("status: expected 201 but was 400", output, StringComparison.Ordinal);
        Assert.Contains("operator_info.order_ref: UPD-OPERATOR-REF-UNIQUE", output, StringComparison.Ordinal);
        Assert.Contains("3 of 4 interaction(s) passed", output, StringComparison.Ordinal);
        Assert.Contains("operator_info.order_ref: UPD-OPERATOR-REF-UNIQUE", junit, StringComparison.Ordinal);
    }
}
