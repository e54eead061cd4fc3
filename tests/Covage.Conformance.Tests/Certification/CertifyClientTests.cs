using System.Xml.Linq;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Certification;

/// <summary>certify-client end to end: the test client (tests/Covage.ClientUnderTest) run against a fresh sandbox.</summary>
public sealed class CertifyClientTests : IDisposable
{
    private const string Required = "token,create,modify,submit,info,events,list";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task CertifyClient_WellBehavedClient_Exits0WithCertificate()
    {
        var run = await Certification.ClientAsync(_folder.Path, "well-behaved", "--require", Required);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("CERTIFIED: no finding", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  | client well-behaved: done", run.Stdout, StringComparison.Ordinal);
        var summary = run.Summary;
        Assert.Equal("certified", summary["verdict"]!.GetValue<string>());
        Assert.Equal(64, summary["sha256"]!["rules"]!.GetValue<string>().Length);
        Assert.Equal(64, summary["sha256"]!["schemas"]!.GetValue<string>().Length);
        Assert.Equal("well-behaved", summary["client"]!["command"]![2]!.GetValue<string>());
        Assert.Equal(0, summary["client"]!["exit_code"]!.GetValue<int>());
        Assert.Equal(Required.Split(','), summary["required"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Empty(summary["findings"]!.AsArray());
        var junit = XDocument.Load(Path.Combine(_folder.Path, "junit.xml"));
        var cases = junit.Descendants("testcase").Select(c => c.Attribute("name")!.Value.Split(':')[0]).ToList();
        Assert.Contains("THR-INFO-5MIN", cases);
        Assert.Contains("EVT-CURSOR", cases);
        Assert.Contains("CLIENT-REQUIRED-OPS", cases);
        Assert.Empty(junit.Descendants("failure"));
        var catalogue = Covage.Conformance.Reports.CatalogueRule.Load(Path.Combine(Pact.PactTestFiles.RepoRoot, "features", "RULES.md"));
        Assert.Contains(junit.Descendants("testcase"), c => c.Attribute("name")!.Value == "CLIENT-BACKOFF: " + catalogue.Single(r => r.Id == "CLIENT-BACKOFF").Statement);
        var html = await File.ReadAllTextAsync(Path.Combine(_folder.Path, "report.html"));
        Assert.Contains("<div class=\"verdict ok\" id=\"verdict\">CERTIFIED</div>", html, StringComparison.Ordinal);
        Assert.Contains("/events/info/ <span class=\"muted\">info</span>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forbidden-char", "CHR-ALLOWED-SET")]
    [InlineData("poses-as-console", "CHR-ALLOWED-SET")]
    [InlineData("modify-submitted", "UPD-DRAFT-ONLY")]
    [InlineData("status-acknowledged", "ORD-OPERATOR-STATUS")]
    [InlineData("info-after-429", "THR-INFO-5MIN")]
    [InlineData("no-token", "AUTH-HEADER")]
    [InlineData("repeat-refused", "CLIENT-RETRY-UNCHANGED")]
    [InlineData("events-twice", "EVT-CURSOR")]
    [InlineData("token-every-call", "CLIENT-TOKEN-REUSE")]
    public async Task CertifyClient_ClientBreakingARule_Exits1NamingTheRule(string variant, string rule)
    {
        var run = await Certification.ClientAsync(_folder.Path, variant);

        Assert.True(run.ExitCode == 1, run.Stdout + run.Stderr);
        Assert.Contains($"NOT CERTIFIED", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"\n  {rule}: #", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(rule, run.FindingRules);
        Assert.Equal("not certified", run.Summary["verdict"]!.GetValue<string>());
        // Plain UTF-8: the findings quote "Jean Dupont ™" and "order's" as sent and said.
        Assert.DoesNotContain("\\u2122", File.ReadAllText(Path.Combine(_folder.Path, "summary.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", File.ReadAllText(Path.Combine(_folder.Path, "summary.json")), StringComparison.Ordinal);
        var failure = XDocument.Load(Path.Combine(_folder.Path, "junit.xml")).Descendants("testcase")
            .Single(c => c.Attribute("name")!.Value.StartsWith(rule + ":", StringComparison.Ordinal)).Element("failure");
        Assert.NotNull(failure);
        Assert.Contains("request: ", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertifyClient_InfoPostedAgainRightAfterA429_JudgesTheIgnoredRetryAfter()
    {
        var run = await Certification.ClientAsync(_folder.Path, "info-after-429");

        var messages = run.Summary["findings"]!.AsArray().Where(f => f!["rule"]!.GetValue<string>() == "THR-INFO-5MIN")
            .Select(f => f!["message"]!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.StartsWith("refused: ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("with Retry-After: 300", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CertifyClient_RequiredOperationNeverExercised_Exits1()
    {
        var run = await Certification.ClientAsync(_folder.Path, "well-behaved", "--require", "create,bounds,otp", "--autopilot");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Summary["sandbox"]!["autopilot"]!.GetValue<bool>());
        Assert.Contains("autopilot on", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  CLIENT-REQUIRED-OPS: bounds: never exercised", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  CLIENT-REQUIRED-OPS: otp: never exercised", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exercised: token, create, list, modify, submit, info, events", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertifyClient_PlanFile_RequiresItsOperations()
    {
        var plan = _folder.File("plan.json", """{"require": ["delete"]}""");

        var run = await Certification.ClientAsync(Path.Combine(_folder.Path, "reports"), "well-behaved", "--plan", plan);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["CLIENT-REQUIRED-OPS"], run.FindingRules);
    }

    public void Dispose() => _folder.Dispose();
}
