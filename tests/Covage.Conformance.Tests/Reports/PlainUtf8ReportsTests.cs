using Covage.Conformance.Reports;
using Covage.Conformance.Tests.Cli;

namespace Covage.Conformance.Tests.Reports;

/// <summary>The JSON reports are plain UTF-8: only what JSON requires is escaped.</summary>
public sealed class PlainUtf8ReportsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> JsonReports() => ["cucumber.json", "summary.json", "traceability.json", RunData.FileName];

    [Theory]
    [MemberData(nameof(JsonReports))]
    public async Task WriteAll_NonAsciiAndHtmlSensitiveText_IsWrittenAsItIs(string file)
    {
        var rules = CatalogueRule.Parse("""
            | ORD-CREATE | l'opérateur crée ™ des ordres <v2> & plus | page 001 | doc | |
            | ORD-TYPE | the type | orders page | doc | |
            """);
        await ReportWriter.WriteAllAsync(SampleRun.Build(rules), _folder.Path);

        var text = await File.ReadAllTextAsync(Path.Combine(_folder.Path, file));

        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains(file == "cucumber.json" || file == "summary.json" ? "Events <feed>" : "l'opérateur crée ™ des ordres <v2> & plus", text, StringComparison.Ordinal);
        Assert.False(File.ReadAllBytes(Path.Combine(_folder.Path, file)).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
    }

    public void Dispose() => _folder.Dispose();
}
