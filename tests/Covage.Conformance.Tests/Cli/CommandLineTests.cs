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
    [InlineData("selftest --only no-such-mutant")]
    [InlineData("selftest --parallel 0")]
    [InlineData("selftest --first-catch=yes")]
    [InlineData("selftest --bogus")]
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
        Assert.Contains("1 scenarios: 0 passed, 1 failed (1 breaks a documented rule, 0 differ from the kit's reading), 0 not applicable", stdout, StringComparison.Ordinal);
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
    public async Task RunAsync_WholeSuiteWithFixturesOnly_TwiceAgainstOneTarget_FailsNothingAndEndsNoServiceOfIts()
    {
        // Without the control API the services to terminate are the target's own: a run that ended one
        // (a terminate order submitted) failed every later terminate scenario, and the next run.
        using var folder = new TempFolder();
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        var fixtures = folder.File("fixtures.json", await FixturesJson(sandbox));
        var delivery = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(fixtures))!["operators"]![0]!["users"]!.AsArray()
            .First(u => u!["groups"]!.AsArray().Any(g => g!.GetValue<string>() == "delivery"))!;

        foreach (var pass in new[] { "first", "second" })
        {
            var reports = Path.Combine(folder.Path, pass);
            var (code, stdout, _) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--fixtures", fixtures,
                "--email", delivery["email"]!.GetValue<string>(), "--password", delivery["password"]!.GetValue<string>(),
                "--features", Scenarios.SuiteFixture.FeaturesDirectory, "--report-dir", reports);

            var summary = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "summary.json")))!;
            Assert.True(code == 0, $"{pass} run: exit {code}\n{stdout[Math.Max(0, stdout.Length - 3000)..]}");
            Assert.Equal(0, summary["counts"]!["failed"]!.GetValue<int>());
            Assert.Contains("submitting a terminate order would end the target's own service for good", stdout, StringComparison.Ordinal);
        }
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

    [Theory]
    [InlineData("copper", "create", "$.operators[0].eligibility.copper.create")]
    [InlineData("fiber", "activate_defined", "$.operators[0].eligibility.fiber.activate_defined")]
    public async Task RunAsync_FixturesWithoutAnEligibility_Exits2NamingTheJsonPath(string technology, string requestType, string path)
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        var document = JsonNode.Parse(await FixturesJson(sandbox))!;
        document["operators"]![0]!["eligibility"]![technology]!.AsObject().Remove(requestType);
        var fixtures = folder.File("fixtures.json", document.ToJsonString());

        var (code, _, stderr) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--fixtures", fixtures, "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains(path, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task RunAsync_FixturesWithEmptyServiceListsAndNoBuilding_Exits2NamingTheFirstAndCountingTheRest()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", UnboundFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        var document = JsonNode.Parse(await FixturesJson(sandbox))!;
        document["operators"]![0]!["services"]!["copper"] = new JsonArray();
        document["operators"]![0]!["services"]!["fiber"] = new JsonArray();
        document["buildings"] = new JsonArray();
        var fixtures = folder.File("fixtures.json", document.ToJsonString());

        var (code, _, stderr) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--fixtures", fixtures, "--features", Path.Combine(folder.Path, "f"));

        Assert.Equal(2, code);
        Assert.Contains("$.operators[0].services.copper: active copper services", stderr, StringComparison.Ordinal);
        Assert.Contains("(and 2 more problem(s))", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MoreNotApplicableThanAllowed_Exits1WithTheCount()
    {
        using var folder = new TempFolder();
        folder.File("f/a.feature", SimulatorOnlyFeature);
        await using var sandbox = await ServeCommand.StartAsync(new ServeCommandLine { Port = 0 }, CancellationToken.None);
        var fixtures = folder.File("fixtures.json", await FixturesJson(sandbox));

        var (code, stdout, _) = await Run("run", "--target", sandbox.BaseAddress.ToString(), "--fixtures", fixtures,
            "--features", Path.Combine(folder.Path, "f"), "--report-dir", Path.Combine(folder.Path, "r"), "--max-not-applicable", "0");

        Assert.Equal(1, code);
        Assert.Contains("Too many scenarios not applicable: 1, more than --max-not-applicable 0 (the run fails)", stdout, StringComparison.Ordinal);
    }

    internal static async Task<string> FixturesJson(Sandbox sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "_simulator/fixtures");
        request.Headers.Add("X-Simulator-Key", sandbox.SimulatorKey);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => CliRun.RunAsync(args);
}
