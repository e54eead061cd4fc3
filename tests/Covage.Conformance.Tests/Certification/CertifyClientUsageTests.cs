using Covage.Conformance.Certification;
using Covage.Conformance.Cli;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Certification;

public sealed class CertifyClientUsageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(new[] { "--require", "create,teleport", "--", "true" }, "--require: unknown operation \"teleport\" (expected token, create, read, list, modify, submit, delete, bounds, otp, info, events)")]
    [InlineData(new[] { "--" }, "nothing after --: give the client's command, or leave out -- to serve until Ctrl-C")]
    [InlineData(new[] { "my-client" }, "unexpected argument \"my-client\": put the client's command after -- (certify-client [options] -- COMMAND [ARGS...])")]
    [InlineData(new[] { "--timeout", "0", "--", "true" }, "--timeout must be a whole number from 1 to 86400, got \"0\"")]
    [InlineData(new[] { "--require", "create", "--plan", "p.json", "--", "true" }, "--require and --plan are alternatives: put the required operations in the plan")]
    [InlineData(new[] { "--faults", "/nonexistent/faults.json", "--", "true" }, "--faults /nonexistent/faults.json: cannot read it (Could not find a part of the path '/nonexistent/faults.json'.)")]
    [InlineData(new[] { "--port", "1", "--port", "2" }, "--port is given twice")]
    public void Parse_Mistake_ThrowsUsageNamingIt(string[] args, string message)
    {
        var error = Assert.Throws<UsageException>(() => CertifyOptions.Parse(args));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_OptionsOfTheClientAfterTheSeparator_AreTheClients()
    {
        var options = CertifyOptions.Parse(["--autopilot", "--timeout", "30", "--", "my-client", "--timeout", "5", "--help"]);

        Assert.Equal(["my-client", "--timeout", "5", "--help"], options.Command);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.True(options.Autopilot);
        Assert.False(options.Help);
    }

    [Fact]
    public async Task CertifyClient_CommandThatCannotStart_Exits2OnOneLine()
    {
        var run = await Certification.RunAsync(_folder.Path, "--", "/nonexistent/client");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("covage-conformance: cannot start the client command \"/nonexistent/client\":", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task CertifyClient_Help_PrintsUsage()
    {
        var run = await Certification.RunAsync(_folder.Path, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Usage: {KitInfo.CommandName} certify-client [options] [-- COMMAND [ARGS...]]", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_CertifyClient_PrintsTheSameUsage()
    {
        using var stdout = new StringWriter();

        var code = await CommandLine.RunAsync(["help", "certify-client"], stdout, TextWriter.Null, color: false, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal(HelpText.For("certify-client", KitInfo.CommandName).TrimEnd(), stdout.ToString().TrimEnd());
        Assert.Contains("certify-client [options] [-- COMMAND [ARGS...]]", stdout.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
