using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>summary.json: what ran against what, with which kit, how long, and the counts by feature and by rule.</summary>
internal static class SummaryWriter
{
    public static JsonObject Build(RunReport report, IReadOnlyList<string>? shards = null) => new()
    {
        ["target"] = report.TargetName,
        ["kit_version"] = report.KitVersion,
        ["started_at"] = Iso(report.StartedAt),
        ["finished_at"] = Iso(report.FinishedAt),
        ["wall_time_seconds"] = Math.Round(report.WallTime.TotalSeconds, 3),
        ["tags"] = report.Tags,
        ["shards"] = new JsonArray([.. (shards ?? []).Select(s => (JsonNode)s)]),
        ["counts"] = Counts(report.Results),
        ["not_applicable_reasons"] = new JsonArray([.. report.NotApplicableReasons().Select(r => (JsonNode)new JsonObject { ["reason"] = r.Reason, ["scenarios"] = r.Count })]),
        ["by_feature"] = new JsonArray([.. report.ByFeature().Select(f =>
        {
            var node = Counts(f.Results);
            node.Insert(0, "feature", f.Feature.Name);
            node.Insert(1, "path", f.Feature.Path);
            return (JsonNode)node;
        })]),
        ["by_rule"] = new JsonArray([.. report.Traceability().Select(t =>
        {
            var node = Counts(t.Scenarios);
            node.Insert(0, "rule", t.RuleId);
            node.Insert(1, "result", t.Result);
            return (JsonNode)node;
        })]),
        ["sha256"] = new JsonObject { ["features"] = report.FeaturesSha256, ["schemas"] = report.SchemasSha256 },
    };

    public static void Write(RunReport report, string path, IReadOnlyList<string>? shards = null) =>
        File.WriteAllText(path, Build(report, shards).ToJsonString(ReportJson.Indented), new UTF8Encoding(false));

    // "failed" splits into what breaks the pages and what only differs from the kit's reading (@interp).
    private static JsonObject Counts(IReadOnlyList<ScenarioResult> results)
    {
        var failed = results.Count(r => ResultKind.Of(r) == ResultKind.Failed);
        var documented = results.Count(r => ResultKind.Of(r) == ResultKind.Failed && !ResultKind.ChecksReading(r.Scenario));
        return new JsonObject
        {
            ["total"] = results.Count,
            ["passed"] = results.Count(r => ResultKind.Of(r) == ResultKind.Passed),
            ["failed"] = failed,
            ["failed_documented_rule"] = documented,
            ["failed_kit_reading"] = failed - documented,
            ["not_applicable"] = results.Count(r => ResultKind.Of(r) == ResultKind.NotApplicable),
        };
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
