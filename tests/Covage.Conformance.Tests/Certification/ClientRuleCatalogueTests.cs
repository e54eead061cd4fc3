using Covage.Conformance.Certification;
using Covage.Conformance.Reports;
using Covage.Conformance.Tests.Pact;
using Covage.Conformance.Tests.Reports;

namespace Covage.Conformance.Tests.Certification;

/// <summary>The kit's own client-behaviour rules live in the rule catalogue, in a section judged by certify-client.</summary>
public sealed class ClientRuleCatalogueTests
{
    private static readonly IReadOnlyList<CatalogueRule> Catalogue = CatalogueRule.Load(Path.Combine(PactTestFiles.RepoRoot, "features", "RULES.md"));

    public static TheoryData<string> JudgedRules() => [.. ClientRules.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(JudgedRules))]
    public void EveryRuleTheChecksJudge_IsStatedInTheCatalogue(string id)
    {
        var row = Catalogue.SingleOrDefault(r => r.Id == id);

        Assert.NotNull(row);
        Assert.NotEqual("", row.Statement);
        Assert.NotEqual("", row.Source);
        Assert.Equal(id.StartsWith("CLIENT-", StringComparison.Ordinal), row.JudgedByCertification);
    }

    [Fact]
    public void CertificationSection_HoldsTheKitsOwnClientRules_AsInterpretations()
    {
        var section = Catalogue.Where(r => r.JudgedByCertification).ToList();

        Assert.Equal(ClientRules.All.Select(r => r.Id).Where(id => id.StartsWith("CLIENT-", StringComparison.Ordinal)).Order(), section.Select(r => r.Id).Order());
        Assert.All(section, r => Assert.Equal("interp", r.Kind));
    }

    [Fact]
    public void Describe_TakesTheStatementAndSourceFromTheCatalogue()
    {
        var book = new RuleBook(Catalogue);

        var backoff = book.Describe("CLIENT-BACKOFF");

        Assert.Equal(Catalogue.Single(r => r.Id == "CLIENT-BACKOFF").Statement, backoff.Statement);
        Assert.Equal(Catalogue.Single(r => r.Id == "CLIENT-BACKOFF").Source, backoff.Source);
        Assert.Equal(RuleBook.NotCatalogued, book.Describe("CLIENT-UNHEARD-OF").Statement);
    }

    [Fact]
    public void Parse_RowsUnderAHeadingNamingCertifyClient_AreJudgedByCertificationUntilTheNextHeading()
    {
        var rules = CatalogueRule.Parse("""
            ## Orders
            | ORD-TYPE | type | 000 | doc | |
            ## The kit's own rules (judged by `certify-client`)
            | CLIENT-X | x | page | interp | |
            ## Lists
            | LST-SORT | sort | 001 | doc | |
            """);

        Assert.Equal([false, true, false], rules.Select(r => r.JudgedByCertification));
    }

    [Fact]
    public void Traceability_CertificationRules_AreNeitherUncoveredNorCounted_AndListedApart()
    {
        var rules = CatalogueRule.Parse("""
            | ORD-CREATE | an operator creates orders | orders page | doc | |
            | AUTH-NOBODY | nobody tests this | auth page | doc | |
            ## Client behaviour (judged by certify-client)
            | CLIENT-BACKOFF | waits after a 5xx | errors page | interp | |
            """);
        var report = SampleRun.Build(rules);

        var traces = report.Traceability();
        var summary = SummaryWriter.Build(report);
        var json = TraceabilityWriter.BuildJson(report);
        var markdown = TraceabilityWriter.BuildMarkdown(report);

        Assert.DoesNotContain(traces, t => t.RuleId == "CLIENT-BACKOFF");
        Assert.DoesNotContain(summary["by_rule"]!.AsArray(), r => r!["rule"]!.GetValue<string>() == "CLIENT-BACKOFF");
        Assert.Equal(["AUTH-NOBODY"], json["uncovered"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(["CLIENT-BACKOFF"], json["judged_by_certify_client"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Contains("## Rules judged by certify-client", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("- CLIENT-BACKOFF", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Traceability_TheKitsOwnCatalogue_LeavesNoClientRuleUncovered()
    {
        var report = SampleRun.Build(Catalogue);

        var uncovered = report.Traceability().Where(t => t.Result == RuleTrace.NotCovered).Select(t => t.RuleId);

        Assert.DoesNotContain(uncovered, id => id.StartsWith("CLIENT-", StringComparison.Ordinal));
        Assert.Equal(8, report.JudgedByCertification().Count);
    }
}
