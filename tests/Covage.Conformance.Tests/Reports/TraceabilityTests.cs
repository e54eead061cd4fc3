using System.Text.Json.Nodes;
using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Reports;

public sealed class TraceabilityTests
{
    [Fact]
    public void Traceability_SampleRun_GivesEachRuleItsVerdict()
    {
        var traces = SampleRun.Build().Traceability().ToDictionary(t => t.RuleId, t => t.Result);

        Assert.Equal(ResultKind.Failed, traces["ORD-CREATE"]);
        Assert.Equal(ResultKind.Failed, traces["ORD-TYPE"]);
        Assert.Equal(ResultKind.NotApplicable, traces["EVT-ACK"]);
        Assert.Equal(RuleTrace.NotRun, traces["ORD-LIST"]);
        Assert.Equal(RuleTrace.NotCovered, traces["AUTH-NOBODY"]);
    }

    [Fact]
    public void Traceability_RuleCitedButNotCatalogued_IsListedAsSuch()
    {
        var report = SampleRun.Build(rules: []);

        var trace = report.Traceability().Single(t => t.RuleId == "ORD-TYPE");

        Assert.False(trace.InCatalogue);
        Assert.Equal("(not in the rule catalogue)", trace.Statement);
    }

    [Fact]
    public void BuildJson_SampleRun_ListsScenariosPerRuleAndUncoveredRules()
    {
        var json = JsonNode.Parse(TraceabilityWriter.BuildJson(SampleRun.Build()).ToJsonString())!;

        var create = json["rules"]!.AsArray().Single(r => r!["rule"]!.GetValue<string>() == "ORD-CREATE")!;
        Assert.Equal(2, create["scenarios"]!.AsArray().Count);
        Assert.Equal("orders/create.feature:12", create["scenarios"]![1]!["id"]!.GetValue<string>());
        Assert.Equal(["AUTH-NOBODY"], json["uncovered"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Fact]
    public void BuildMarkdown_SampleRun_HasATableRowPerRuleAndTheUncoveredSection()
    {
        var markdown = TraceabilityWriter.BuildMarkdown(SampleRun.Build());

        Assert.Contains("| ORD-TYPE | doc | **failed** | Orders › refuse an unknown type (failed) |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Rules with no scenario", markdown, StringComparison.Ordinal);
        Assert.Contains("- AUTH-NOBODY: nobody tests this", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CatalogueTable_ReadsRuleRowsOnly()
    {
        var rules = CatalogueRule.Parse("""
            # Rules
            Some prose with | a pipe.
            | ID | Statement | Source | Kind | Reading |
            |----|-----------|--------|------|---------|
            | ORD-TYPE | type is one of \| a list | page 1 | doc | |
            | `EVT-MATRIX` | the matrix | page 3 | INTERP | kit reading |
            | not-a-rule | x | y | doc | |
            | ORD-TYPE | duplicate | page 1 | doc | |
            """);

        Assert.Equal(["ORD-TYPE", "EVT-MATRIX"], rules.Select(r => r.Id));
        Assert.Equal("type is one of | a list", rules[0].Statement);
        Assert.Equal("interp", rules[1].Kind);
        Assert.Equal("kit reading", rules[1].Reading);
    }
}
