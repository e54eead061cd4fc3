using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Cli;

public sealed class CliParserTests
{
    [Fact]
    public void Parse_NoArguments_RunsAgainstTheBuiltInProvider()
    {
        var command = Assert.IsType<RunCommandLine>(CliParser.Parse([]));

        Assert.Null(command.Target);
        Assert.Equal("conformance-report", command.ReportDir);
        Assert.Null(command.Parallel);
    }

    [Fact]
    public void Parse_RunWithEveryOption_ReadsEachValue()
    {
        var command = Assert.IsType<RunCommandLine>(CliParser.Parse(
        [
            "run", "--target", "https://api.example/", "--email", "e@x.example", "--password", "p w", "--simulator-key", "k",
            "--tags", "@v2 and not @simulator", "--report-dir", "out", "--fixtures", "f.json", "--features", "feat", "--parallel", "3",
        ]));

        Assert.Equal("https://api.example/", command.Target);
        Assert.Equal("e@x.example", command.Email);
        Assert.Equal("p w", command.Password);
        Assert.Equal("k", command.SimulatorKey);
        Assert.Equal("@v2 and not @simulator", command.Tags);
        Assert.Equal("out", command.ReportDir);
        Assert.Equal("f.json", command.Fixtures);
        Assert.Equal("feat", command.Features);
        Assert.Equal(3, command.Parallel);
    }

    [Fact]
    public void Parse_GuardRailOptions_ReadEachValue()
    {
        var command = Assert.IsType<RunCommandLine>(CliParser.Parse(["run", "--max-not-applicable", "5", "--embed", "all", "--step-timeout", "20"]));

        Assert.Equal(5, command.MaxNotApplicable);
        Assert.Equal(Conformance.Reports.EmbedPolicy.AllSteps, command.Embed);
        Assert.Equal(TimeSpan.FromSeconds(20), command.StepTimeout);
    }

    [Fact]
    public void Parse_GuardRailDefaults_NoLimitFailedStepsOnlyAMinute()
    {
        var command = Assert.IsType<RunCommandLine>(CliParser.Parse(["run"]));

        Assert.Null(command.MaxNotApplicable);
        Assert.Equal(Conformance.Reports.EmbedPolicy.FailedSteps, command.Embed);
        Assert.Equal(TimeSpan.FromSeconds(60), command.StepTimeout);
    }

    [Theory]
    [InlineData("--embed", "some", "--embed must be \"failed\" or \"all\"")]
    [InlineData("--max-not-applicable", "-1", "--max-not-applicable must be a whole number")]
    [InlineData("--step-timeout", "0", "--step-timeout must be a whole number from 1 to 3600")]
    public void Parse_BadGuardRailValue_NamesTheOption(string option, string value, string expected)
    {
        var error = Assert.Throws<UsageException>(() => CliParser.Parse(["run", option, value]));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EqualsForm_ReadsTheValue()
    {
        var command = Assert.IsType<RunCommandLine>(CliParser.Parse(["run", "--target=http://localhost:1/", "--token=abc"]));

        Assert.Equal("http://localhost:1/", command.Target);
        Assert.Equal("abc", command.Token);
    }

    [Fact]
    public void Parse_OptionsWithoutSubcommand_MeanRun()
    {
        var command = Assert.IsType<RunCommandLine>(CliParser.Parse(["--tags", "@v2"]));

        Assert.Equal("@v2", command.Tags);
    }

    [Fact]
    public void Parse_Serve_ReadsHostPortKeyAndAutopilot()
    {
        var command = Assert.IsType<ServeCommandLine>(CliParser.Parse(["serve", "--host", "0.0.0.0", "--port", "9000", "--simulator-key", "s", "--autopilot"]));

        Assert.Equal("0.0.0.0", command.Host);
        Assert.Equal(9000, command.Port);
        Assert.Equal("s", command.SimulatorKey);
        Assert.True(command.Autopilot);
        Assert.True(command.TrafficLog);
    }

    [Fact]
    public void Parse_ServeNoTrafficLog_TurnsTheLogOff()
    {
        var command = Assert.IsType<ServeCommandLine>(CliParser.Parse(["serve", "--no-traffic-log"]));

        Assert.False(command.TrafficLog);
    }

    [Fact]
    public void Parse_ServeWithoutOptions_Uses127001Port8080()
    {
        var command = Assert.IsType<ServeCommandLine>(CliParser.Parse(["serve"]));

        Assert.Equal("127.0.0.1", command.Host);
        Assert.Equal(8080, command.Port);
        Assert.False(command.Autopilot);
    }

    [Theory]
    [InlineData("--help", null)]
    [InlineData("-h", null)]
    [InlineData("help", null)]
    [InlineData("help serve", "serve")]
    [InlineData("run --help", "run")]
    [InlineData("verify-pact --help", "verify-pact")]
    [InlineData("serve -h", "serve")]
    public void Parse_HelpForms_GiveHelp(string args, string? topic)
    {
        var command = Assert.IsType<HelpCommandLine>(CliParser.Parse(args.Split(' ')));

        Assert.Equal(topic, command.Topic);
    }

    [Fact]
    public void Parse_Version_GivesVersion() => Assert.IsType<VersionCommandLine>(CliParser.Parse(["--version"]));

    [Fact]
    public void Parse_VerifyPact_PassesTheRestThrough()
    {
        var command = Assert.IsType<VerifyPactCommandLine>(CliParser.Parse(["verify-pact", "a.json", "--target", "http://x/"]));

        Assert.Equal(["a.json", "--target", "http://x/"], command.Arguments);
    }

    [Theory]
    [InlineData("bogus", "unknown subcommand \"bogus\"")]
    [InlineData("run --nope", "unknown option --nope for run (see run --help)")]
    [InlineData("serve --tags x", "unknown option --tags for serve")]
    [InlineData("run --target", "--target needs a value")]
    [InlineData("run --target ftp://x/", "--target must be an http:// or https:// URL")]
    [InlineData("run --target not-a-url", "--target must be an http:// or https:// URL")]
    [InlineData("run --parallel 0", "--parallel must be a whole number from 1 to 256")]
    [InlineData("run --parallel many", "--parallel must be a whole number")]
    [InlineData("serve --port 70000", "--port must be a whole number from 0 to 65535")]
    [InlineData("serve --port -1", "--port must be a whole number from 0 to 65535")]
    [InlineData("run --tags a --tags b", "--tags is given twice")]
    [InlineData("run extra", "unexpected argument \"extra\"")]
    [InlineData("serve --autopilot=yes", "--autopilot takes no value")]
    [InlineData("run --target http://x/ --token t --email e --password p", "--token and --email/--password are alternatives")]
    [InlineData("run --target http://x/ --email e", "--email needs --password")]
    [InlineData("run --target http://x/ --password p", "--password needs --email")]
    [InlineData("run --token t", "--token only applies to a live target")]
    [InlineData("run --fixtures f.json", "--fixtures only applies to a live target")]
    [InlineData("run --simulator-key k", "--simulator-key only applies to a live target")]
    [InlineData("--version now", "--version takes no argument")]
    [InlineData("help nothing", "no help on \"nothing\"")]
    public void Parse_BadArguments_ThrowsUsageWithTheReason(string args, string reason)
    {
        var error = Assert.Throws<UsageException>(() => CliParser.Parse(args.Split(' ')));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyValue_IsRefused()
    {
        var error = Assert.Throws<UsageException>(() => CliParser.Parse(["run", "--report-dir="]));

        Assert.Contains("--report-dir needs a non-empty value", error.Message, StringComparison.Ordinal);
    }
}
