using System.Globalization;
using System.Net;
using System.Text;
using Covage.Conformance.SelfTest.Running;

namespace Covage.Conformance.SelfTest.Reports;

/// <summary>selftest.html: one self-contained page with the counts, the table by rule, and every mutant with its catcher.</summary>
internal static class SelfTestHtmlWriter
{
    public static string Build(SelfTestResult result, string kitVersion)
    {
        var html = new StringBuilder(128 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Covage conformance kit — selftest</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Would the kit catch a wrong implementation? The selftest</h1><div class=\"meta\">");
        html.Append("<span>Kit <b>").Append(E(kitVersion)).Append("</b></span>");
        html.Append("<span>Run <b>").Append(result.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(" UTC</b></span>");
        html.Append("<span>Wall time <b>").Append(result.WallTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s</b></span>");
        html.Append("</div></header>\n<main>\n");
        html.Append("<p class=\"lead\">Each mutant is the built-in provider with one documented rule broken the way a real implementation might break it. ")
            .Append("It runs the scenarios that cite that rule; it is <b>caught</b> when one of them fails against it (and passed against the clean provider).</p>\n");
        html.Append("<div class=\"cards\">");
        Card(html, result.Caught == result.Mutants.Count ? "ok" : "ko", $"{result.Caught} / {result.Mutants.Count}", "mutants caught");
        Card(html, result.RulesGuarded == result.Rules.Count ? "ok" : "ko", $"{result.RulesGuarded} / {result.Rules.Count}", "rules guarded");
        Card(html, result.BaselineFailures.Count == 0 ? "ok" : "ko", $"{result.BaselineScenarios - result.BaselineFailures.Count} / {result.BaselineScenarios}", "baseline scenarios passed");
        Card(html, "plain", result.Mutants.Sum(m => m.Executed).ToString(CultureInfo.InvariantCulture), "scenario runs");
        html.Append("</div>\n");
        if (result.BaselineFailures.Count > 0)
        {
            html.Append("<h2>Baseline failures (the suite fails against the clean provider: these scenarios cannot catch anything)</h2>\n<ul class=\"baseline\">");
            foreach (var failure in result.BaselineFailures)
            {
                html.Append("<li><b>").Append(E(failure.Scenario.Title)).Append("</b> — ").Append(E(failure.Failure ?? "")).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>By rule</h2>\n<table class=\"rules\"><colgroup><col style=\"width:20%\"><col style=\"width:9%\"><col style=\"width:11%\"><col></colgroup>\n");
        html.Append("<thead><tr><th>rule</th><th>mutants</th><th>verdict</th><th>mutants (✔ caught, ✘ not caught) or why none can exist</th></tr></thead><tbody>\n");
        foreach (var rule in result.ByRule)
        {
            var verdict = rule.Guarded ? ("ok", "guarded") : rule.NoMutantReason is not null ? ("none", "no mutant") : ("ko", rule.Mutants.Count == 0 ? "no mutant" : "blind spot");
            html.Append("<tr><td class=\"id\">").Append(E(rule.Rule)).Append("</td><td>").Append(rule.Caught).Append(" / ").Append(rule.Mutants.Count)
                .Append("</td><td><span class=\"badge ").Append(verdict.Item1).Append("\">").Append(verdict.Item2).Append("</span></td><td>");
            if (rule.NoMutantReason is { } reason)
            {
                html.Append("<i>").Append(E(reason)).Append("</i>");
            }

            html.Append(string.Join(" ", rule.Mutants.Select(m => $"<a href=\"#{E(m.Mutant.Id)}\" class=\"{(m.Caught ? "ok" : "ko")}\">{(m.Caught ? "✔" : "✘")} {E(m.Mutant.Id)}</a>")));
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h2>Mutants</h2>\n<table class=\"mutants\"><colgroup><col style=\"width:22%\"><col style=\"width:34%\"><col></colgroup>\n");
        html.Append("<thead><tr><th>mutant</th><th>what it breaks</th><th>verdict</th></tr></thead><tbody>\n");
        foreach (var m in result.Mutants)
        {
            html.Append("<tr id=\"").Append(E(m.Mutant.Id)).Append("\"><td class=\"id\">").Append(E(m.Mutant.Id)).Append("<br><small>")
                .Append(E(string.Join(" ", m.Mutant.Rules))).Append("</small></td><td>").Append(E(m.Mutant.Breaks)).Append("</td><td>");
            if (m.CaughtBy is { } by && m.Caught)
            {
                html.Append("<span class=\"badge ok\">caught</span> by <b>").Append(E(by.Scenario.Title)).Append("</b> <small>(")
                    .Append(m.Failed.Count).Append(" of ").Append(m.Ran.Count).Append(" scenarios failed)</small><div class=\"why\">")
                    .Append(E(by.Failure ?? "")).Append("</div>");
            }
            else
            {
                html.Append("<span class=\"badge ko\">NOT CAUGHT</span> ").Append(E(m.Why));
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Card(StringBuilder html, string kind, string value, string label) =>
        html.Append("<div class=\"card ").Append(kind).Append("\"><div class=\"n\">").Append(E(value)).Append("</div><div class=\"l\">").Append(E(label)).Append("</div></div>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        :root { --ink:#1d2330; --muted:#5d6678; --line:#e3e7ee; --bg:#f6f7fb; --ok:#1a7f37; --ok-bg:#dafbe1; --ko:#c62828; --ko-bg:#ffe3e3; }
        * { box-sizing:border-box; }
        body { margin:0; font:15px/1.5 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color:var(--ink); background:var(--bg); }
        header { background:#18213a; color:#fff; padding:26px 40px 22px; }
        header h1 { margin:0 0 6px; font-size:23px; }
        header .meta { color:#c3cbe0; font-size:13.5px; display:flex; gap:6px 22px; flex-wrap:wrap; } header .meta b { color:#fff; }
        main { max-width:1200px; margin:0 auto; padding:20px 28px 60px; }
        .lead { color:var(--muted); }
        .cards { display:grid; grid-template-columns:repeat(4, 1fr); gap:14px; margin:10px 0 18px; }
        .card { background:#fff; border-radius:10px; padding:14px 18px; box-shadow:0 1px 3px rgba(20,30,60,.12); }
        .card .n { font-size:28px; font-weight:700; } .card .l { color:var(--muted); font-size:13px; text-transform:uppercase; }
        .card.ok .n { color:var(--ok); } .card.ko .n { color:var(--ko); }
        h2 { font-size:18px; margin:28px 0 10px; }
        table { width:100%; table-layout:fixed; border-collapse:collapse; background:#fff; border-radius:10px; overflow:hidden; font-size:13.5px; box-shadow:0 1px 3px rgba(20,30,60,.08); }
        th { text-align:left; font-size:12px; text-transform:uppercase; color:var(--muted); background:#fafbfd; padding:8px 12px; border-bottom:1px solid var(--line); }
        td { padding:7px 12px; border-bottom:1px solid var(--line); vertical-align:top; overflow-wrap:anywhere; }
        td.id { font-family:ui-monospace, Menlo, Consolas, monospace; font-size:12.5px; }
        td a { text-decoration:none; margin-right:6px; font-family:ui-monospace, Menlo, Consolas, monospace; font-size:12px; white-space:nowrap; }
        a.ok { color:var(--ok); } a.ko { color:var(--ko); font-weight:700; }
        .badge { display:inline-block; border-radius:999px; padding:1px 9px; font-size:12px; font-weight:600; }
        .badge.ok { color:var(--ok); background:var(--ok-bg); } .badge.ko { color:var(--ko); background:var(--ko-bg); } .badge.none { color:#6b7280; background:#eceff3; }
        .why { color:var(--muted); font-size:12.5px; margin-top:3px; }
        """;
}
