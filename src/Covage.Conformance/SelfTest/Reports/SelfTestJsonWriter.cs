using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Running;

namespace Covage.Conformance.SelfTest.Reports;

/// <summary>selftest.json: the counts, each mutant with its verdict and catcher, and the table by rule.</summary>
internal static class SelfTestJsonWriter
{
    public static string Build(SelfTestResult result, string kitVersion)
    {
        var json = new JsonObject
        {
            ["kit_version"] = kitVersion,
            ["started_at"] = result.StartedAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["wall_time_seconds"] = Math.Round(result.WallTime.TotalSeconds, 2),
            ["passed"] = result.Passed,
            ["mutants"] = result.Mutants.Count,
            ["caught"] = result.Caught,
            ["rules"] = result.Rules.Count,
            ["rules_guarded"] = result.RulesGuarded,
            ["scenario_runs"] = result.Mutants.Sum(m => m.Executed),
            ["baseline"] = new JsonObject
            {
                ["scenarios"] = result.BaselineScenarios,
                ["failed"] = new JsonArray([.. result.BaselineFailures.Select(f => (JsonNode)new JsonObject { ["scenario"] = f.Scenario.Title, ["id"] = f.Scenario.Id, ["failure"] = f.Failure })]),
            },
            ["mutant_results"] = new JsonArray([.. result.Mutants.Select(Mutant)]),
            ["by_rule"] = new JsonArray([.. result.ByRule.Select(r => (JsonNode)new JsonObject
            {
                ["rule"] = r.Rule,
                ["mutants"] = r.Mutants.Count,
                ["caught"] = r.Caught,
                ["guarded"] = r.Guarded,
                ["no_mutant_reason"] = r.NoMutantReason,
                ["mutant_ids"] = new JsonArray([.. r.Mutants.Select(m => (JsonNode)m.Mutant.Id)]),
            })]),
        };
        return json.ToJsonString(Conformance.Reports.ReportJson.Indented);
    }

    private static JsonNode Mutant(MutantResult m) => new JsonObject
    {
        ["id"] = m.Mutant.Id,
        ["rules"] = new JsonArray([.. m.Mutant.Rules.Select(r => (JsonNode)r)]),
        ["breaks"] = m.Mutant.Breaks,
        ["caught"] = m.Caught,
        ["caught_by"] = m.CaughtBy is { } by ? new JsonObject { ["scenario"] = by.Scenario.Title, ["id"] = by.Scenario.Id, ["failure"] = by.Failure } : null,
        ["scenarios_planned"] = m.Ran.Count,
        ["scenarios_run"] = m.Executed,
        ["scenarios_failed"] = m.Failed.Count,
        ["hits"] = m.Hits,
        ["seconds"] = Math.Round(m.Duration.TotalSeconds, 2),
        ["not_caught_because"] = m.Caught ? null : m.Why,
    };
}
