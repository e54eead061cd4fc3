using System.Text.Json.Nodes;
using System.Xml.Linq;
using Covage.Conformance.Cli;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Sharding;

/// <summary>Two shards and a merge give the same counts as one run, in every report.</summary>
public sealed class MergeReportsTests : IClassFixture<MergeReportsTests.ShardedRun>
{
    // A slice of the suite, with @simulator and outline scenarios, small enough for CI.
    private const string Tags = "@v1 or @events";

    private readonly ShardedRun _run;

    public MergeReportsTests(ShardedRun run) => _run = run;

    [Fact]
    public void Merge_TwoShards_SameCountsByFeatureAndByRuleAsOneRun()
    {
        var whole = _run.Summary("whole");
        var merged = _run.Summary("merged");

        Assert.True(_run.Part("shard1") > 0 && _run.Part("shard2") > 0, "both shards ran scenarios");
        Assert.Equal(whole["counts"]!["total"]!.GetValue<int>(), _run.Part("shard1") + _run.Part("shard2"));
        Assert.Equal(whole["counts"]!.ToJsonString(), merged["counts"]!.ToJsonString());
        Assert.Equal(whole["by_feature"]!.ToJsonString(), merged["by_feature"]!.ToJsonString());
        Assert.Equal(whole["by_rule"]!.ToJsonString(), merged["by_rule"]!.ToJsonString());
        Assert.Equal(whole["sha256"]!.ToJsonString(), merged["sha256"]!.ToJsonString());
        Assert.Equal(["1/2", "2/2"], merged["shards"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public void Merge_TwoShards_JunitCucumberAndTraceabilityHoldEveryScenarioOnce()
    {
        string File(string folder, string name) => System.IO.File.ReadAllText(Path.Combine(_run.Folder.Path, folder, name));
        static int Cases(string junit) => XDocument.Parse(junit).Descendants("testcase").Count();
        static int Elements(string cucumber) => JsonNode.Parse(cucumber)!.AsArray().Sum(f => f!["elements"]!.AsArray().Count);
        static string Verdicts(string traceability) =>
            string.Join(",", JsonNode.Parse(traceability)!["rules"]!.AsArray().Select(r => $"{r!["rule"]}={r["result"]}"));

        Assert.Equal(Cases(File("whole", "junit.xml")), Cases(File("merged", "junit.xml")));
        Assert.Equal(Elements(File("whole", "cucumber.json")), Elements(File("merged", "cucumber.json")));
        Assert.Equal(Verdicts(File("whole", "traceability.json")), Verdicts(File("merged", "traceability.json")));
        Assert.Contains("Covage conformance", File("merged", "report.html"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Merge_TwoShards_CucumberMessagesAreOneValidStreamWithTheWholeRunsCounts()
    {
        var whole = Messages.Read(Path.Combine(_run.Folder.Path, "whole"));
        var merged = Messages.Read(Path.Combine(_run.Folder.Path, "merged"));
        var shard1 = Messages.Read(Path.Combine(_run.Folder.Path, "shard1"));

        Assert.Equal(1, merged.Count("meta"));
        Assert.Equal(1, merged.Count("testRunStarted"));
        Assert.Equal(1, merged.Count("testRunFinished"));
        Assert.Equal("testRunStarted", merged.Kinds[0]);
        Assert.Equal("testRunFinished", merged.Kinds[^1]);
        foreach (var kind in new[] { "source", "gherkinDocument", "pickle", "stepDefinition", "hook", "parameterType", "testCase", "testCaseStarted", "testCaseFinished", "testStepStarted", "testStepFinished" })
        {
            Assert.True(whole.Count(kind) == merged.Count(kind), $"{kind}: {whole.Count(kind)} in one run, {merged.Count(kind)} merged");
        }

        Assert.True(shard1.Count("testCase") < merged.Count("testCase"), "the merge holds more than one shard's test cases");
        Assert.Equal(whole.Statuses(), merged.Statuses());
        Assert.Equal(whole.Message("testRunFinished")["success"]!.GetValue<bool>(), merged.Message("testRunFinished")["success"]!.GetValue<bool>());
        whole.AssertIdsUniqueAndReferencesResolved();
        merged.AssertIdsUniqueAndReferencesResolved();
    }

    [Fact]
    public void Merge_TwoShards_WritesTheStandardHtmlReportOfTheMergedMessages()
    {
        var html = System.IO.File.ReadAllText(Path.Combine(_run.Folder.Path, "merged", "cucumber-report.html"));
        var merged = Messages.Read(Path.Combine(_run.Folder.Path, "merged"));

        Assert.Contains("<title>Covage conformance", html, StringComparison.Ordinal);
        Assert.Equal(merged.Count("testCaseFinished"), html.Split("{\"testCaseFinished\":").Length - 1);
    }

    [Fact]
    public async Task Merge_OneShardMissing_Exits2NamingIt()
    {
        var (code, stderr) = await _run.MergeAsync("shard1");

        Assert.Equal(2, code);
        Assert.Equal("covage-conformance: cannot merge: shard(s) 2/2 missing: merge needs all 2", stderr.TrimEnd());
    }

    [Fact]
    public async Task Merge_SameShardTwice_Exits2()
    {
        var (code, stderr) = await _run.MergeAsync("shard1", "shard1");

        Assert.Equal(2, code);
        Assert.Contains("shard 1/2 is given twice", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_WholeRunWithAShard_Exits2()
    {
        var (code, stderr) = await _run.MergeAsync("whole", "shard2");

        Assert.Equal(2, code);
        Assert.Contains("holds a whole run", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ShardLabelThatIsNotIOfN_Exits2NamingIt()
    {
        var bad = Path.Combine(_run.Folder.Path, "badlabel");
        Directory.CreateDirectory(bad);
        var runJson = File.ReadAllText(Path.Combine(_run.Folder.Path, "shard1", "run.json"));
        File.WriteAllText(Path.Combine(bad, "run.json"), runJson.Replace("\"1/2\"", "\"one of two\"", StringComparison.Ordinal));

        var (code, stderr) = await _run.MergeAsync("badlabel", "shard2");

        Assert.Equal(2, code);
        Assert.Contains("names its shard \"one of two\", not i/n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_FolderWithoutRunJson_Exits2()
    {
        var (code, stderr) = await _run.MergeAsync("nowhere");

        Assert.Equal(2, code);
        Assert.Contains("run.json not found", stderr, StringComparison.Ordinal);
    }

    /// <summary>One run, its two shards and their merge, made once for the class.</summary>
    public sealed class ShardedRun : IAsyncLifetime, IDisposable
    {
        internal TempFolder Folder { get; } = new();

        public JsonNode Summary(string folder) =>
            JsonNode.Parse(File.ReadAllText(Path.Combine(Folder.Path, folder, "summary.json")))!;

        public int Part(string folder) => Summary(folder)["counts"]!["total"]!.GetValue<int>();

        public async Task InitializeAsync()
        {
            await RunAsync("run", "--tags", Tags, "--report-dir", Dir("whole"));
            await RunAsync("run", "--tags", Tags, "--shard", "1/2", "--report-dir", Dir("shard1"));
            await RunAsync("run", "--tags", Tags, "--shard", "2/2", "--report-dir", Dir("shard2"));
            var (code, stderr) = await MergeAsync("shard2", "shard1");
            Assert.True(code == 0, stderr);
        }

        public async Task<(int Code, string Stderr)> MergeAsync(params string[] folders)
        {
            using var stderr = new StringWriter();
            var args = new List<string> { "merge-reports" };
            args.AddRange(folders.Select(Dir));
            args.AddRange(["--report-dir", Dir("merged-" + string.Join("-", folders))]);
            var code = await CommandLine.RunAsync(args, TextWriter.Null, stderr, color: false, CancellationToken.None);
            if (code == 0)
            {
                Directory.Move(Dir("merged-" + string.Join("-", folders)), Dir("merged"));
            }

            return (code, stderr.ToString());
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Folder.Dispose();

        private string Dir(string name) => Path.Combine(Folder.Path, name);

        private static async Task RunAsync(params string[] args)
        {
            using var stderr = new StringWriter();
            var code = await CommandLine.RunAsync(args, TextWriter.Null, stderr, color: false, CancellationToken.None);
            Assert.True(code == 0, $"{string.Join(' ', args)}: exit {code} {stderr}");
        }
    }
}
