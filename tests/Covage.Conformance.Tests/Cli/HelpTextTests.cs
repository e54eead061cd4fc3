using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Cli;

public sealed class HelpTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("run")]
    [InlineData("serve")]
    [InlineData("verify-pact")]
    public void For_ThroughTheScript_NamesTheCommandAsTyped(string? topic)
    {
        var text = HelpText.For(topic, "./run-conformance.sh");

        Assert.Contains("./run-conformance.sh ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("covage-conformance ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AsTheTool_NamesTheToolCommand()
    {
        var text = HelpText.For(null, "covage-conformance");

        Assert.Contains("covage-conformance serve", text, StringComparison.Ordinal);
    }
}
