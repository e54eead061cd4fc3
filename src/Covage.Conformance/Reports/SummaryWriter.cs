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
        ["counts"] = Counts(report.Results.Count, report.Passed, report.Failed, report.NotApplicable),
        ["by_feature"] = new JsonArray([.. report.ByFeature().Select(f =>
        {
            var node = Counts(f.Results.Count, Count(f.Results, ResultKind.Passed), Count(f.Results, ResultKind.Failed), Count(f.Results, ResultKind.NotApplicable));
            node.Insert(0, "feature", f.Feature.Name);
            node.Insert(1, "path", f.Feature.Path);
            return (JsonNode)node;
        })]),
        ["by_rule"] = new JsonArray([.. report.Traceability().Select(t =>
        {
            var node = Counts(t.Scenarios.Count, Count(t.Scenarios, ResultKind.Passed), Count(t.Scenarios, ResultKind.Failed), Count(t.Scenarios, ResultKind.NotApplicable));
            node.Insert(0, "rule", t.RuleId);
            node.Insert(1, "result", t.Result);
            return (JsonNode)node;
        })]),
        ["sha256"] = new JsonObject { ["features"] = report.FeaturesSha256, ["schemas"] = report.SchemasSha256 },
    };

    public static void Write(RunReport report, string path, IReadOnlyList<string>? shards = null) =>
        File.WriteAllText(path, Build(report, shards).ToJsonString(ReportJson.Indented), new UTF8Encoding(false));

    private static JsonObject Counts(int total, int passed, int failed, int notApplicable) => new()
    {
        ["total"] = total,
        ["passed"] = passed,
        ["failed"] = failed,
        ["not_applicable"] = notApplicable,
    };

    private static int Count(IEnumerable<ScenarioResult> results, string kind) => results.Count(r => ResultKind.Of(r) == kind);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
