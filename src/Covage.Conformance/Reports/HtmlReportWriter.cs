using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Covage.Conformance.Running;

namespace Covage.Conformance.Reports;

/// <summary>
/// report.html: one self-contained page (inline CSS and JS): counts, the failures grouped by their
/// first error (what breaks a documented rule apart from what only differs from the kit's reading),
/// the rule table with uncovered rules highlighted (filtered with the scenarios), then each feature's
/// scenarios with their steps; failures open with the failing step, the error (schema violations
/// included) and the request/response.
/// </summary>
internal static partial class HtmlReportWriter
{
    public static string Build(RunReport report)
    {
        var html = new StringBuilder(64 * 1024);
        var total = Math.Max(1, report.Results.Count);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Covage conformance — ").Append(E(report.TargetName)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlAssets.Style).Append("\n</style>\n</head>\n<body data-filter=\"all\">\n");

        html.Append("<header class=\"top\">\n<h1>Covage conformance report</h1>\n<div class=\"meta\">");
        html.Append("<span>Target <b>").Append(E(report.TargetName)).Append("</b></span>");
        html.Append("<span>Kit <b>").Append(E(report.KitVersion)).Append("</b></span>");
        html.Append("<span>Run <b>").Append(report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(" UTC</b></span>");
        html.Append("<span>Wall time <b>").Append(Seconds(report.WallTime)).Append("</b></span>");
        if (report.Tags is not null)
        {
            html.Append("<span>Tags <b>").Append(E(report.Tags)).Append("</b></span>");
        }

        html.Append("</div>\n</header>\n<main>\n<div class=\"cards\">");
        Card(html, "passed", report.Passed, "passed");
        Card(html, "failed", report.Failed, report.Failed == 0 ? "failed"
            : $"failed: {report.FailedDocumented} documented rule, {report.FailedReading} kit reading");
        Card(html, "not-applicable", report.NotApplicable, "not applicable");
        Card(html, "total", report.Results.Count, "scenarios");
        html.Append("</div>\n<div class=\"bar\">");
        foreach (var (kind, count) in new[] { ("passed", report.Passed), ("failed", report.Failed), ("not-applicable", report.NotApplicable) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"{kind}\" style=\"width:{100.0 * count / total:0.###}%\"></span>");
        }

        html.Append("</div>\n<div class=\"filters\">");
        foreach (var (filter, label) in new[] { ("all", $"All ({report.Results.Count})"), ("passed", $"Passed ({report.Passed})"), ("failed", $"Failed ({report.Failed})"), ("not-applicable", $"Not applicable ({report.NotApplicable})") })
        {
            html.Append("<button type=\"button\" data-filter=\"").Append(filter).Append("\">").Append(E(label)).Append("</button>");
        }

        html.Append("</div>\n");
        Causes(html, report);
        Rules(html, report);
        html.Append("<h2>Features</h2>\n");
        foreach (var (feature, results) in report.ByFeature())
        {
            Feature(html, feature, results);
        }

        html.Append("<footer>Covage Conformance Kit ").Append(E(report.KitVersion)).Append(" · features sha256 ")
            .Append(E(Short(report.FeaturesSha256))).Append(" · schemas sha256 ").Append(E(Short(report.SchemasSha256))).Append("</footer>\n");
        html.Append("</main>\n<script>\n").Append(HtmlAssets.Script).Append("\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static void Write(RunReport report, string path) => File.WriteAllText(path, Build(report), new UTF8Encoding(false));

    private static void Card(StringBuilder html, string kind, int count, string label) =>
        html.Append("<div class=\"card ").Append(kind).Append("\"><div class=\"n\">").Append(count.ToString(CultureInfo.InvariantCulture))
            .Append("</div><div class=\"l\">").Append(label).Append("</div></div>");

    // 448 failures from one bug read as one cause: the cause, how many, and where.
    private static void Causes(StringBuilder html, RunReport report)
    {
        const int Listed = 10;
        foreach (var verdict in new[] { ResultKind.BreaksDocumentedRule, ResultKind.DiffersFromReading })
        {
            var causes = report.Causes(verdict);
            if (causes.Count == 0)
            {
                continue;
            }

            var count = causes.Sum(c => c.Results.Count);
            html.Append("<section class=\"causes ").Append(verdict == ResultKind.DiffersFromReading ? "reading" : "documented").Append("\">\n<h2>Failed: ")
                .Append(E(verdict)).Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" scenario(s), ")
                .Append(causes.Count.ToString(CultureInfo.InvariantCulture)).Append(" cause(s))</h2>\n<ol class=\"causes\">\n");
            foreach (var cause in causes)
            {
                var first = cause.Headline;
                html.Append("<li><span class=\"count\">").Append(cause.Results.Count.ToString(CultureInfo.InvariantCulture)).Append(" ×</span> <code class=\"cause\">")
                    .Append(E(first)).Append("</code><div class=\"where\">");
                foreach (var result in cause.Results.Take(Listed))
                {
                    ScenarioLink(html, result);
                }

                if (cause.Results.Count > Listed)
                {
                    html.Append("<details><summary>").Append((cause.Results.Count - Listed).ToString(CultureInfo.InvariantCulture)).Append(" more</summary>");
                    foreach (var result in cause.Results.Skip(Listed))
                    {
                        ScenarioLink(html, result);
                    }

                    html.Append("</details>");
                }

                html.Append("</div></li>\n");
            }

            html.Append("</ol>\n</section>\n");
        }
    }

    private static void ScenarioLink(StringBuilder html, ScenarioResult result) =>
        html.Append("<a class=\"").Append(ResultKind.Slug(ResultKind.Of(result))).Append("\" href=\"#").Append(Anchor(result.Scenario)).Append("\">")
            .Append(Glyph(ResultKind.Of(result))).Append(' ').Append(E(result.Scenario.FeatureName)).Append(" › ").Append(E(result.Scenario.Name)).Append("</a>");

    private static void Rules(StringBuilder html, RunReport report)
    {
        var traces = report.Traceability();
        var uncovered = traces.Count(t => t.Result == RuleTrace.NotCovered);
        html.Append("<h2>Rules (").Append(traces.Count.ToString(CultureInfo.InvariantCulture)).Append(')');
        if (uncovered > 0)
        {
            html.Append(" — <span class=\"badge not-covered\">").Append(uncovered.ToString(CultureInfo.InvariantCulture)).Append(" without a scenario</span>");
        }

        html.Append("</h2>\n");
        if (traces.Count == 0)
        {
            html.Append("<p>No rule catalogue (features/RULES.md) and no <code>@rule:</code> tags.</p>\n");
            return;
        }

        html.Append("<table class=\"rules\">\n<colgroup><col style=\"width:20%\"><col style=\"width:36%\"><col style=\"width:10%\"><col style=\"width:24%\"><col style=\"width:10%\"></colgroup>\n<thead><tr><th>Rule</th><th>Statement</th><th>Kind</th><th>Scenarios</th><th>Result</th></tr></thead>\n<tbody>\n");
        foreach (var trace in traces)
        {
            // The filter buttons hide rules without a scenario of the chosen result, and those scenarios' links.
            var results = string.Join(' ', trace.Scenarios.Select(r => ResultKind.Slug(ResultKind.Of(r))).Distinct(StringComparer.Ordinal));
            html.Append("<tr").Append(trace.Result == RuleTrace.NotCovered ? " class=\"uncovered\"" : "").Append(" data-results=\"").Append(results).Append("\">");
            html.Append("<td class=\"id\">").Append(E(trace.RuleId)).Append("</td><td>").Append(Code(trace.Statement)).Append("</td><td>");
            if (trace.Kind.Length > 0)
            {
                // "doc (family E: interp)": the badge carries the kind, the qualification reads below it.
                var cut = trace.Kind.IndexOf(' ', StringComparison.Ordinal);
                var kind = cut < 0 ? trace.Kind : trace.Kind[..cut];
                html.Append("<span class=\"badge ").Append(kind == "interp" ? "interp" : "kind").Append("\">").Append(E(kind)).Append("</span>");
                if (cut >= 0)
                {
                    html.Append("<div class=\"kind-note\">").Append(Code(trace.Kind[(cut + 1)..].Trim().TrimStart('(').TrimEnd(')'))).Append("</div>");
                }
            }

            html.Append("</td><td class=\"sc\">");
            var folded = trace.Scenarios.Count > 3;
            if (folded)
            {
                var counts = trace.Scenarios.GroupBy(ResultKind.Of).Select(g => $"{g.Count()} {g.Key}");
                html.Append("<details><summary>").Append(trace.Scenarios.Count.ToString(CultureInfo.InvariantCulture)).Append(" scenarios (")
                    .Append(E(string.Join(", ", counts))).Append(")</summary>");
            }

            foreach (var scenario in trace.Scenarios)
            {
                html.Append("<a class=\"").Append(ResultKind.Slug(ResultKind.Of(scenario))).Append("\" href=\"#").Append(Anchor(scenario.Scenario)).Append("\">")
                    .Append(Glyph(ResultKind.Of(scenario))).Append(' ').Append(E(scenario.Scenario.Name)).Append("</a>");
            }

            html.Append(folded ? "</details>" : "");

            html.Append("</td><td>").Append(Badge(trace.Result)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Feature(StringBuilder html, FeatureFile feature, IReadOnlyList<ScenarioResult> results)
    {
        html.Append("<section class=\"feature\">\n<header><h3>").Append(E(feature.Name)).Append("</h3><span class=\"path\">").Append(E(feature.Path)).Append("</span><span class=\"counts\">");
        foreach (var kind in new[] { ResultKind.Passed, ResultKind.Failed, ResultKind.NotApplicable })
        {
            var count = results.Count(r => ResultKind.Of(r) == kind);
            if (count > 0)
            {
                html.Append("<span class=\"badge ").Append(ResultKind.Slug(kind)).Append("\">").Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(kind).Append("</span>");
            }
        }

        html.Append("</span></header>\n");
        foreach (var result in results)
        {
            Scenario(html, result);
        }

        html.Append("</section>\n");
    }

    private static void Scenario(StringBuilder html, ScenarioResult result)
    {
        var kind = ResultKind.Of(result);
        var failed = kind == ResultKind.Failed;
        html.Append("<details class=\"scenario\" id=\"").Append(Anchor(result.Scenario)).Append("\" data-result=\"").Append(ResultKind.Slug(kind)).Append('"')
            .Append(failed ? " open" : "").Append(">\n<summary>").Append(Badge(kind));
        if (ResultKind.ChecksReading(result.Scenario))
        {
            html.Append("<span class=\"badge interp\" title=\"checks the kit's reading of something the pages leave open\">kit reading</span>");
        }

        html.Append("<span class=\"name\">").Append(E(result.Scenario.Name));
        if (result.Scenario.Tags.Count > 0)
        {
            html.Append(" <span class=\"tags\">").Append(E(string.Join(' ', result.Scenario.Tags))).Append("</span>");
        }

        html.Append("</span><span class=\"dur\">").Append(Seconds(result.Duration)).Append("</span></summary>\n<div class=\"body\">\n");
        if (kind == ResultKind.NotApplicable)
        {
            html.Append("<div class=\"reason\">Not applicable: ").Append(E(result.NotApplicableReason ?? "")).Append("</div>\n");
        }

        html.Append("<ol class=\"steps\">\n");
        foreach (var step in result.Steps)
        {
            var status = step.Outcome switch
            {
                Outcome.NotApplicable => "not-applicable",
                var o => o.ToString().ToLowerInvariant(),
            };
            html.Append("<li class=\"").Append(status).Append("\"><span class=\"st\">").Append(StepGlyph(step.Outcome)).Append("</span><span class=\"kw\">")
                .Append(E(step.Step.Keyword.Trim())).Append("</span> <span class=\"text\">").Append(E(step.Step.Text)).Append("</span>");
            if (ResultKind.Fails(step.Outcome) && step.Error is not null)
            {
                html.Append("\n<pre class=\"error\">").Append(E(step.Error)).Append("</pre>");
            }

            if (failed)
            {
                foreach (var attachment in step.Attachments)
                {
                    html.Append("\n<details class=\"attachment\"").Append(step.Outcome == Outcome.Failed ? " open" : "").Append("><summary>")
                        .Append(E(attachment.Name)).Append(" · ").Append(E(ResultKind.FirstLine(attachment.Content))).Append("</summary><pre>").Append(E(attachment.Content)).Append("</pre></details>");
                }
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</div>\n</details>\n");
    }

    private static string Badge(string kind) => $"<span class=\"badge {ResultKind.Slug(kind)}\">{E(kind)}</span>";

    private static string Glyph(string kind) => kind switch
    {
        ResultKind.Passed => "✔",
        ResultKind.Failed => "✘",
        _ => "○",
    };

    private static string StepGlyph(Outcome outcome) => outcome switch
    {
        Outcome.Passed => "✔",
        Outcome.Failed or Outcome.Undefined or Outcome.Ambiguous => "✘",
        Outcome.NotApplicable => "○",
        _ => "·",
    };

    private static string Anchor(ScenarioCase scenario) => "sc-" + string.Concat(scenario.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    private static string Seconds(TimeSpan time) => time.TotalSeconds < 10
        ? time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // The catalogue writes field names in backticks, as Markdown does.
    private static string Code(string text) => Backticks().Replace(E(text), "<code>$1</code>");

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticks();
}
