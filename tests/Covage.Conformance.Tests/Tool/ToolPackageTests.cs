using System.Text.Json.Nodes;
using Covage.Conformance.Tests.Cli;
using Covage.Conformance.Tests.Pact;

namespace Covage.Conformance.Tests.Tool;

/// <summary>
/// The kit as a .NET tool: packed from the build this test project already made, installed into a
/// temporary tool path from a local folder, and run from a folder that is not a clone.
/// </summary>
public sealed class ToolPackageTests : IClassFixture<ToolPackageTests.InstalledTool>
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly InstalledTool _tool;

    public ToolPackageTests(InstalledTool tool) => _tool = tool;

    [Fact]
    public async Task InstalledTool_Version_AnswersWithTheToolsName()
    {
        var run = await _tool.RunAsync("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("covage-conformance ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("covage-conformance serve", (await _tool.RunAsync("help")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledTool_RunOneTaggedScenario_UsesItsOwnFeaturesAndWritesReportsInTheCallersFolder()
    {
        var run = await _tool.RunAsync("run", "--tags", "@rule:ORD-TYPE", "--report-dir", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Path.Combine(".store", "covage.conformance"), run.Stdout, StringComparison.Ordinal);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(_tool.WorkFolder, "out", "summary.json")))!;
        var total = summary["counts"]!["total"]!.GetValue<int>();
        Assert.InRange(total, 1, 50);
        Assert.Equal(total, summary["counts"]!["passed"]!.GetValue<int>());
        Assert.Contains("ORD-TYPE", File.ReadAllText(Path.Combine(_tool.WorkFolder, "out", "traceability.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledTool_VerifyPactWithRelativePaths_ReadsAndWritesInTheCallersFolder()
    {
        File.Copy(PactTestFiles.Contract, Path.Combine(_tool.WorkFolder, "my.json"), overwrite: true);

        var run = await _tool.RunAsync("verify-pact", "my.json", "--report-dir", "pact-out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_tool.WorkFolder, "pact-out", "junit.xml")), run.ToString());
    }

    [Fact]
    public async Task InstalledTool_SelftestOfOneRule_CatchesItsMutantsWithTheToolsOwnFeatures()
    {
        var run = await _tool.RunAsync("selftest", "--only", "ORD-TYPE", "--report-dir", "selftest-out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"selftest: (\d+) of \1 mutants caught; 1 of \d+ rules guarded", run.Stdout);
        Assert.True(File.Exists(Path.Combine(_tool.WorkFolder, "selftest-out", "selftest.json")), run.ToString());
    }

    [Fact]
    public async Task InstalledTool_CertifyClientRunningAClientThatSendsNothing_FindsTheMissingRequiredOperation()
    {
        // The client is the tool's own --version: it never calls the sandbox, so a required operation is missing.
        var client = Path.Combine(_tool.ToolFolder, "covage-conformance");

        var run = await _tool.RunAsync("certify-client", "--require", "create", "--report-dir", "cert-out", "--", client, "--version");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("create", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_tool.WorkFolder, "cert-out", "summary.json")), run.ToString());
    }

    /// <summary>Packs and installs once for the class; deletes everything afterwards.</summary>
    public sealed class InstalledTool : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _root = new();

        public string WorkFolder => Path.Combine(_root.Path, "work");

        public string ToolFolder => ToolPath;

        private string ToolPath => Path.Combine(_root.Path, "tools");

        public async Task InitializeAsync()
        {
            var packages = Path.Combine(_root.Path, "packages");
            Directory.CreateDirectory(WorkFolder);
            var project = Path.Combine(PactTestFiles.RepoRoot, "src", "Covage.Conformance", "Covage.Conformance.csproj");
            var pack = await ProcessRun.StartAsync("dotnet", _root.Path, Patience,
                "pack", project, "-c", Configuration, "--no-build", "-o", packages, "-nologo", "-nodeReuse:false", "-p:CovageFetchPactEngine=false");
            Assert.True(pack.ExitCode == 0, pack.ToString());

            // Only the local folder: installing must not need any other feed.
            var config = _root.File("nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
                """);
            var install = await ProcessRun.StartAsync("dotnet", _root.Path, Patience,
                "tool", "install", "Covage.Conformance", "--tool-path", ToolPath, "--configfile", config);
            Assert.True(install.ExitCode == 0, install.ToString());
        }

        internal Task<ProcessRun> RunAsync(params string[] args) =>
            ProcessRun.StartAsync(Path.Combine(ToolPath, "covage-conformance"), WorkFolder, Patience, args);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _root.Dispose();
    }
}
