using System.Text.Json.Nodes;
using Covage.Conformance.Cli;

namespace Covage.Conformance.Tests.Certification;

/// <summary>One certify-client run through the CLI, with what it printed and wrote.</summary>
internal sealed record Certification(int ExitCode, string Stdout, string Stderr, string ReportDirectory)
{
    public JsonNode Summary => JsonNode.Parse(File.ReadAllText(Path.Combine(ReportDirectory, "summary.json")))!;

    public IReadOnlyList<string> FindingRules => [.. Summary["findings"]!.AsArray().Select(f => f!["rule"]!.GetValue<string>())];

    public static async Task<Certification> RunAsync(string reportDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(["certify-client", "--report-dir", reportDirectory, .. args], stdout, stderr, color: false, CancellationToken.None);
        return new Certification(code, stdout.ToString(), stderr.ToString(), reportDirectory);
    }

    public static Task<Certification> ClientAsync(string reportDirectory, string variant, params string[] options) =>
        RunAsync(reportDirectory, [.. options, "--", .. ClientUnderTest.Command(variant)]);
}
