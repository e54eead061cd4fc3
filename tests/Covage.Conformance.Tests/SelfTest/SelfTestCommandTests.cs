using System.Text.Json.Nodes;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.SelfTest;

public sealed class SelfTestCommandTests
{
    [Fact]
    public async Task RunAsync_OnlyOneRule_PrintsALinePerMutantWritesTheReportsAndExits0()
    {
        using var folder = new TempFolder();

        var (code, stdout, stderr) = await Run("selftest", "--only", "ORD-ORIGIN", "--report-dir", folder.Path);

        Assert.True(code == 0, stdout + stderr);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Contains(lines, l => l.Contains("origin-writable [ORD-ORIGIN]: caught by \"Creating orders through API v1 › origin is set by the provider", StringComparison.Ordinal));
        Assert.Matches(@"^selftest: 2 of 2 mutants caught; 1 of \d+ rules guarded$", lines[^1]);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "selftest.json")))!;
        Assert.Equal(2, json["caught"]!.GetValue<int>());
        Assert.Contains("origin-writable", File.ReadAllText(Path.Combine(folder.Path, "selftest.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_List_PrintsTheCatalogueAndExits0()
    {
        var (code, stdout, _) = await Run("selftest", "--list");

        Assert.Equal(0, code);
        Assert.Contains("type-unknown-taken-as-activate", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ mutant\(s\)\s*$", stdout);
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => CliRun.RunAsync(args);
}
