using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Covage.Conformance.Certification.Reports;

/// <summary>summary.json: the certificate a CI archives: kit, hashes, client command, verdict, and why.</summary>
internal static class CertificationSummaryWriter
{
    public static JsonObject Build(CertificationReport report) => new()
    {
        ["kind"] = "covage-client-certification",
        ["kit_version"] = report.KitVersion,
        ["verdict"] = report.Verdict.Certified ? "certified" : "not certified",
        ["certified"] = report.Verdict.Certified,
        ["started_at"] = Iso(report.StartedAt),
        ["finished_at"] = Iso(report.FinishedAt),
        ["client"] = new JsonObject
        {
            ["command"] = new JsonArray([.. report.Command.Select(a => (JsonNode)a)]),
            ["exit_code"] = report.Client?.ExitCode,
            ["duration_seconds"] = report.Client is null ? null : Math.Round(report.Client.Duration.TotalSeconds, 3),
            ["timed_out"] = report.Client?.TimedOutAfter is not null,
        },
        ["sandbox"] = new JsonObject
        {
            ["url"] = report.Sandbox.ToString(),
            ["autopilot"] = report.Autopilot,
            ["faults"] = report.Faults?.DeepClone(),
        },
        ["sha256"] = new JsonObject { ["rules"] = report.RulesSha256, ["schemas"] = report.SchemasSha256 },
        ["calls"] = report.Calls.Count,
        ["console_calls"] = report.ConsoleCalls,
        ["exercised"] = new JsonArray([.. report.Verdict.Exercised.Select(o => (JsonNode)o)]),
        ["required"] = new JsonArray([.. report.Verdict.Required.Select(o => (JsonNode)o)]),
        ["rules"] = new JsonArray([.. report.Verdict.JudgedRules.Select(id => (JsonNode)new JsonObject
        {
            ["rule"] = id,
            ["result"] = report.Verdict.FindingsFor(id).Count == 0 ? "passed" : "failed",
            ["findings"] = report.Verdict.FindingsFor(id).Count,
        })]),
        ["findings"] = new JsonArray([.. report.Verdict.Findings.Select(f => (JsonNode)new JsonObject
        {
            ["rule"] = f.Rule,
            ["message"] = f.Message,
            ["call"] = f.Evidence?.Sequence,
            ["request"] = f.Evidence is null ? null : $"{f.Evidence.Method} {f.Evidence.Target}",
            ["status"] = f.Evidence?.Status,
        })]),
    };

    public static void Write(CertificationReport report, string path) =>
        File.WriteAllText(path, Build(report).ToJsonString(Covage.Conformance.Reports.ReportJson.Indented), new UTF8Encoding(false));

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
