using System.Text.Json.Nodes;
using System.Xml.Linq;
using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Cli;

public sealed class CommandLineTests
{
    private const string UnboundFeature = """
        Feature: Kit self-test
          @rule:KIT-SELF
          Scenario: a step nobody binds
            Given a step that no binding of the kit matches 4711
        """;

    private const string SimulatorOnlyFeature = """
        Feature: Needs the control API
          @simulator @rule:KIT-SIM
          Scenario: driven by the simulator
            Given a step that no binding of the kit matches 4712
        """;

    [Fact]
    public async Task RunAsync_Version_PrintsTheKitVersionAndExits0()
    {
        var (code, stdout, stderr) = await Run("--version");

        Assert.Equal(0, code);
        Assert.StartsWith("covage-conformance ", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task RunAsync_Help_ListsTheSubcommandsAndExits0()
    {
        var (code, stdout, _) = await Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("serve", stdout, StringComparison.Ordinal);
        Assert.Contains("verify-pact", stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run --bogus")]
    [InlineData("run --parallel 0")]
    public async Task RunAsync_BadUsage_PrintsOneLineOnStderrAndExits2(string args)
    {
        var (code, stdout, stderr) = await Run(args.Split(' '));

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("covage-conformance: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task RunAsync_VerifyPactOnAMissingFile_Exits2NamingTheFile()
    {
        var (code, _, stderr) = await Run("verify-pact", "/nonexistent/pact.json");

        Assert.Equal(2, code);
        Assert.Equal("covage-conformance: pact file not found: /nonexistent/pact.json", stderr.TrimEnd());
    }

    [Fact]
    public async Task RunAsync_MissingFeaturesFolder_Exits2()
    {
        var (code, _, stderr) = await Run("run", "--features", "/nonexistent/features");

        Assert.Equal(2, code);
        Assert.Contains("features folder not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TagsMatchingNothing_Exits2()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);

        var (code, _, stderr) = await Run("run", "--features", Path.Combine(folder.Path, "f"), "--tags", "@nothing-has-this");

        Assert.Equal(2, code);
        Assert.Contains("no scenario matches --tags", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadTagExpression_Exits2()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);

        var (code, _, stderr) = await Run("run", "--features", Path.Combine(folder.Path, "f"), "--tags", "@a and (");

        Assert.Equal(2, code);
        Assert.Contains("bad --tags", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenFeatureFile_Exits2NamingTheFile()
    {
        using var folder = new TempFolder();
        folder.File("f/broken.feature", "this is not gherkin\n");

        var (code, _, stderr) = await Run("run", "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("broken.feature", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FailingScenario_Exits1AndWritesEveryReport()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        var reports = Path.Combine(folder.Path, "reports");

        var (code, stdout, _) = await Run("run", "--features", Path.Combine(folder.Path, "f"), "--report-dir", reports);

        Assert.Equal(1, code);
        Assert.Contains("[1/1] ✘ Kit self-test › a step nobody binds", stdout, StringComparison.Ordinal);
        Assert.Contains("1 scenarios: 0 passed, 1 failed, 0 not applicable", stdout, StringComparison.Ordinal);
        Assert.Contains("Wall time:", stdout, StringComparison.Ordinal);
        foreach (var name in new[] { "junit.xml", "cucumber.json", "report.html", "traceability.json", "traceability.md", "summary.json" })
        {
            Assert.True(File.Exists(Path.Combine(reports, name)), name);
        }

        var junit = XDocument.Load(Path.Combine(reports, "junit.xml"));
        Assert.Equal("1", junit.Root!.Attribute("failures")!.Value);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(reports, "summary.json")))!;
        Assert.Equal("built-in provider", summary["target"]!.GetValue<string>());
        Assert.Equal(64, summary["sha256"]!["features"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task RunAsync_LiveTargetWithoutControlApi_ReportsSimulatorScenariosNotApplicableAndExits0()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", SimulatorOnlyFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        var fixtures = folder.File("fixtures.json", await FixturesJson(sandbox));
        var reports = Path.Combine(folder.Path, "reports");

        var (code, stdout, _) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--fixtures", fixtures,
            "--features", Path.Combine(folder.Path, "f"), "--report-dir", reports);

        Assert.Equal(0, code);
        Assert.Contains("not applicable: the target has no simulator control API", stdout, StringComparison.Ordinal);
        var skipped = XDocument.Load(Path.Combine(reports, "junit.xml")).Descendants("skipped").Single();
        Assert.Contains("--simulator-key", skipped.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LiveTargetWithoutFixturesOrKey_Exits2SayingWhatToPass()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);

        var (code, _, stderr) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("--fixtures FILE", stderr, StringComparison.Ordinal);
        Assert.Contains("--simulator-key", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnreachableTarget_Exits2()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);

        var (code, _, stderr) = await Run("run", "--target", "http://127.0.0.1:9/", "--simulator-key", "k", "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("cannot reach http://127.0.0.1:9/", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadCredentials_Exits2()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);

        var (code, _, stderr) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--simulator-key", sandbox.SimulatorKey,
            "--email", "nobody@nowhere.example", "--password", "wrong", "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("refused the credentials of nobody@nowhere.example", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WrongSimulatorKey_Exits2()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);

        var (code, _, stderr) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--simulator-key", "not-the-key",
            "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("refused the simulator key", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadFixturesFile_Exits2()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        var fixtures = folder.File("fixtures.json", """{"operators": "nope"}""");
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);

        var (code, _, stderr) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--fixtures", fixtures,
            "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("fixtures.json", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    internal static async Task<string> FixturesJson(Sandbox sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "_simulator/fixtures");
        request.Headers.Add("X-Simulator-Key", sandbox.SimulatorKey);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, color: false, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
