using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>A rule, the scenarios that cite it (<c>@rule:ID</c>) in this run, and its verdict.</summary>
internal sealed record RuleTrace(string RuleId, string Statement, string Kind, bool InCatalogue, IReadOnlyList<ScenarioResult> Scenarios, string Result)
{
    public const string RulePrefix = "@rule:";
    public const string NotCovered = "not covered";
    public const string NotRun = "not run";

    public static IEnumerable<string> RulesOf(ScenarioCase scenario) =>
        scenario.Tags.Where(t => t.StartsWith(RulePrefix, StringComparison.Ordinal)).Select(t => t[RulePrefix.Length..]).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Catalogue rules first (in catalogue order), then rules cited by scenarios but missing from
    /// the catalogue. Verdict: failed if any scenario failed; passed if one passed and none failed;
    /// not applicable if all were; "not run" when the tag filter left out every scenario citing it;
    /// "not covered" when no scenario cites it at all. The rules certify-client judges
    /// (<see cref="CatalogueRule.JudgedByCertification"/>) are left out unless a scenario cites one:
    /// no scenario is meant to (see <see cref="JudgedByCertification"/>).
    /// </summary>
    public static IReadOnlyList<RuleTrace> Build(IReadOnlyList<CatalogueRule> catalogue, IReadOnlyList<ScenarioCase> loaded, IReadOnlyList<ScenarioResult> results)
    {
        var ran = new Dictionary<string, List<ScenarioResult>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var rule in RulesOf(result.Scenario))
            {
                (ran.TryGetValue(rule, out var list) ? list : ran[rule] = []).Add(result);
            }
        }

        var cited = loaded.SelectMany(RulesOf).ToHashSet(StringComparer.Ordinal);
        var traces = catalogue.Where(r => !r.JudgedByCertification || cited.Contains(r.Id))
            .Select(r => Trace(r.Id, r.Statement, r.Kind, inCatalogue: true)).ToList();
        var known = catalogue.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        traces.AddRange(ran.Keys.Concat(cited).Distinct(StringComparer.Ordinal).Where(id => !known.Contains(id)).Order(StringComparer.Ordinal)
            .Select(id => Trace(id, "(not in the rule catalogue)", "", inCatalogue: false)));
        return traces;

        RuleTrace Trace(string id, string statement, string kind, bool inCatalogue)
        {
            var scenarios = ran.TryGetValue(id, out var list) ? (IReadOnlyList<ScenarioResult>)list : [];
            var verdicts = scenarios.Select(ResultKind.Of).ToList();
            var result = verdicts.Count == 0 ? (cited.Contains(id) ? NotRun : NotCovered)
                : verdicts.Contains(ResultKind.Failed) ? ResultKind.Failed
                : verdicts.Contains(ResultKind.Passed) ? ResultKind.Passed
                : ResultKind.NotApplicable;
            return new RuleTrace(id, statement, kind, inCatalogue, scenarios, result);
        }
    }

    /// <summary>The catalogue's rules judged by certify-client that no loaded scenario cites: listed apart, never counted.</summary>
    public static IReadOnlyList<CatalogueRule> JudgedByCertification(IReadOnlyList<CatalogueRule> catalogue, IReadOnlyList<ScenarioCase> loaded)
    {
        var cited = loaded.SelectMany(RulesOf).ToHashSet(StringComparer.Ordinal);
        return [.. catalogue.Where(r => r.JudgedByCertification && !cited.Contains(r.Id))];
    }
}
