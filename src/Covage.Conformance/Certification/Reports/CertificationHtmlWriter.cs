using System.Globalization;
using System.Net;
using System.Text;

namespace Covage.Conformance.Certification.Reports;

/// <summary>report.html: the verdict, the findings with their evidence, the judged rules, then the timeline of every call.</summary>
internal static class CertificationHtmlWriter
{
    public static string Build(CertificationReport report)
    {
        var verdict = report.Verdict;
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Covage client certification</title>\n<style>\n")
            .Append(CertificationHtmlStyle.Css).Append("</style>\n</head>\n<body>\n<header><h1>Covage client certification</h1><div class=\"meta\">");
        Meta(html, "Client", report.CommandLine);
        Meta(html, "Kit", report.KitVersion);
        Meta(html, "Started", report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC");
        Meta(html, "Calls", report.Calls.Count.ToString(CultureInfo.InvariantCulture)
            + (report.ConsoleCalls == 0 ? "" : $" (and {report.ConsoleCalls.ToString(CultureInfo.InvariantCulture)} of the sandbox's web console, not judged)"));
        if (report.Client is { } client)
        {
            Meta(html, "Exit code", client.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "stopped");
        }

        html.Append("</div></header>\n<main>\n");
        html.Append(verdict.Certified ? "<div class=\"verdict ok\" id=\"verdict\">CERTIFIED</div>" : $"<div class=\"verdict ko\" id=\"verdict\">NOT CERTIFIED: {verdict.Findings.Count} finding(s)</div>");
        html.Append("<p>Exercised: <b>").Append(E(verdict.Exercised.Count == 0 ? "nothing" : string.Join(", ", verdict.Exercised))).Append("</b>");
        if (verdict.Required.Count > 0)
        {
            html.Append(" · required: ").Append(E(string.Join(", ", verdict.Required)));
        }

        html.Append("</p>\n<h2>Findings</h2>\n");
        if (verdict.Findings.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p>\n");
        }
        else
        {
            html.Append("<table id=\"findings\"><tr><th>rule</th><th>call</th><th>what happened</th></tr>\n");
            foreach (var finding in verdict.Findings)
            {
                html.Append("<tr><td class=\"rule\" title=\"").Append(E(report.Rules.Describe(finding.Rule).Statement)).Append("\">")
                    .Append(E(finding.Rule)).Append("</td><td class=\"mono\">");
                html.Append(finding.Evidence is { } call ? $"<a href=\"#call-{call.Sequence}\">{E(call.Label)}</a> → {E(call.Answer)}" : "—");
                html.Append("</td><td>").Append(E(finding.Message));
                if (finding.Evidence is { } evidence)
                {
                    Exchange(html, evidence);
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("<h2>Judged rules</h2>\n<table id=\"rules\"><tr><th>rule</th><th>result</th><th>statement</th><th>source</th></tr>\n");
        foreach (var id in verdict.JudgedRules)
        {
            var rule = report.Rules.Describe(id);
            var failed = verdict.FindingsFor(id).Count;
            html.Append("<tr><td class=\"mono\">").Append(E(id)).Append("</td><td class=\"").Append(failed == 0 ? "passed\">passed" : $"failed\">failed ({failed})")
                .Append("</td><td>").Append(E(rule.Statement)).Append("</td><td class=\"muted\">").Append(E(rule.Source)).Append("</td></tr>\n");
        }

        html.Append("</table>\n<h2>Timeline</h2>\n<table id=\"timeline\"><tr><th>#</th><th>sandbox time</th><th>request</th><th>answer</th><th>rules cited</th></tr>\n");
        foreach (var call in report.Calls)
        {
            html.Append("<tr id=\"call-").Append(call.Sequence).Append("\"><td>").Append(call.Sequence).Append("</td><td class=\"mono\">")
                .Append(call.At.UtcDateTime.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)).Append("</td><td><details><summary class=\"mono\">")
                .Append(E($"{call.Method} {call.Target}")).Append(Operations.Of(call) is { } op ? $" <span class=\"muted\">{op}</span>" : "").Append("</summary>");
            Exchange(html, call);
            html.Append("</details></td><td class=\"s").Append(call.Status / 100).Append("\">").Append(E(call.Answer));
            if (call.Fault is not null)
            {
                html.Append(" <span class=\"fault\">injected: ").Append(E(call.Fault)).Append("</span>");
            }

            html.Append("</td><td class=\"mono\">").Append(E(string.Join(", ", call.Rules))).Append("</td></tr>\n");
        }

        html.Append("</table>\n<p class=\"muted\">Rules sha256 ").Append(E(report.RulesSha256)).Append(" · schemas sha256 ").Append(E(report.SchemasSha256))
            .Append(" · sandbox ").Append(E(report.Sandbox.ToString())).Append(report.Autopilot ? " (autopilot)" : "").Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static void Write(CertificationReport report, string path) => File.WriteAllText(path, Build(report), new UTF8Encoding(false));

    private static void Exchange(StringBuilder html, RecordedCall call)
    {
        html.Append("<pre>").Append(E($"{call.Method} {call.Target}  (auth: {call.Auth}{(call.TokenId is null ? "" : ", token " + call.TokenId)})"));
        if (call.RequestBody is not null)
        {
            html.Append('\n').Append(E(call.RequestBody));
        }

        html.Append("</pre><pre>").Append(E(call.Answer + (call.RetryAfterSeconds is { } r ? $"  Retry-After: {r}" : "")));
        if (call.ResponseBody is not null)
        {
            html.Append('\n').Append(E(call.ResponseBody.Length > 4000 ? call.ResponseBody[..4000] + "…" : call.ResponseBody));
        }

        html.Append("</pre>");
    }

    private static void Meta(StringBuilder html, string name, string value) =>
        html.Append("<span>").Append(name).Append(" <b>").Append(E(value)).Append("</b></span>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
