using System.Text;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Reports;

/// <summary>traceability.json and traceability.md: rule → scenarios → result, uncovered rules included.</summary>
internal static class TraceabilityWriter
{
    public static JsonObject BuildJson(RunReport report)
    {
        var traces = report.Traceability();
        return new JsonObject
        {
            ["target"] = report.TargetName,
            ["kit_version"] = report.KitVersion,
            ["rules"] = new JsonArray([.. traces.Select(t => (JsonNode)new JsonObject
            {
                ["rule"] = t.RuleId,
                ["statement"] = t.Statement,
                ["kind"] = t.Kind,
                ["in_catalogue"] = t.InCatalogue,
                ["result"] = t.Result,
                ["scenarios"] = new JsonArray([.. t.Scenarios.Select(s => (JsonNode)new JsonObject
                {
                    ["id"] = s.Scenario.Id,
                    ["feature"] = s.Scenario.FeatureName,
                    ["name"] = s.Scenario.Name,
                    ["result"] = ResultKind.Of(s),
                    ["checks"] = ResultKind.ChecksReading(s.Scenario) ? "kit reading" : "documented rule",
                })]),
            })]),
            ["uncovered"] = new JsonArray([.. traces.Where(t => t.Result == RuleTrace.NotCovered).Select(t => (JsonNode)JsonValue.Create(t.RuleId)!)]),
            ["judged_by_certify_client"] = new JsonArray([.. report.JudgedByCertification().Select(r => (JsonNode)JsonValue.Create(r.Id)!)]),
        };
    }

    public static string BuildMarkdown(RunReport report)
    {
        var traces = report.Traceability();
        var text = new StringBuilder();
        text.Append("# Rule traceability\n\n");
        text.Append($"Target: {report.TargetName} · kit {report.KitVersion} · {report.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC\n\n");
        var counts = traces.GroupBy(t => t.Result).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        text.Append($"{traces.Count} rules: {string.Join(", ", counts)}.\n\n");
        text.Append("| Rule | Kind | Result | Scenarios |\n|---|---|---|---|\n");
        foreach (var trace in traces)
        {
            var scenarios = trace.Scenarios.Count == 0 ? "—"
                : string.Join("<br>", trace.Scenarios.Select(s => $"{Escape(s.Scenario.FeatureName)} › {Escape(s.Scenario.Name)} ({ResultKind.Of(s)}{(ResultKind.ChecksReading(s.Scenario) ? ", kit reading" : "")})"));
            var result = trace.Result is ResultKind.Passed ? trace.Result : $"**{trace.Result}**";
            text.Append($"| {trace.RuleId} | {trace.Kind} | {result} | {scenarios} |\n");
        }

        var uncovered = traces.Where(t => t.Result == RuleTrace.NotCovered).ToList();
        text.Append("\n## Rules with no scenario\n\n");
        text.Append(uncovered.Count == 0 ? "None: every catalogued rule is cited by at least one scenario.\n"
            : string.Concat(uncovered.Select(t => $"- {t.RuleId}: {Escape(t.Statement)}\n")));
        var certification = report.JudgedByCertification();
        if (certification.Count > 0)
        {
            text.Append("\n## Rules judged by certify-client\n\n");
            text.Append("The kit's own client-behaviour rules are judged over an operator's client calls by `certify-client`, not by scenarios; they are not counted above: ");
            text.Append(string.Join(", ", certification.Select(r => r.Id))).Append(".\n");
        }

        return text.ToString();
    }

    public static void Write(RunReport report, string jsonPath, string markdownPath)
    {
        File.WriteAllText(jsonPath, BuildJson(report).ToJsonString(ReportJson.Indented), new UTF8Encoding(false));
        File.WriteAllText(markdownPath, BuildMarkdown(report), new UTF8Encoding(false));
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
