using System.Globalization;

namespace Covage.Conformance.Reports;

/// <summary>The end-of-run summary: counts by feature, rule verdicts, failures with their first error line, wall time, report paths.</summary>
internal static class ConsoleSummary
{
    public static void Write(TextWriter output, RunReport report, IReadOnlyList<string> reportPaths, bool color, TimeSpan? targetStart = null)
    {
        output.WriteLine();
        output.WriteLine(Ansi.Paint(color, Ansi.Bold, "Summary by feature"));
        var features = report.ByFeature();
        var width = Math.Min(60, features.Select(f => f.Feature.Name.Length).DefaultIfEmpty(10).Max());
        foreach (var (feature, results) in features)
        {
            var passed = results.Count(r => ResultKind.Of(r) == ResultKind.Passed);
            var failed = results.Count(r => ResultKind.Of(r) == ResultKind.Failed);
            var na = results.Count(r => ResultKind.Of(r) == ResultKind.NotApplicable);
            var name = feature.Name.Length > width ? feature.Name[..(width - 1)] + "…" : feature.Name.PadRight(width);
            var line = string.Create(CultureInfo.InvariantCulture, $"  {name}  {passed,4} passed  {failed,3} failed  {na,3} not applicable");
            output.WriteLine(failed > 0 ? Ansi.Paint(color, Ansi.Red, line) : line);
        }

        var traces = report.Traceability();
        if (traces.Count > 0)
        {
            var byResult = traces.GroupBy(t => t.Result).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
            output.WriteLine();
            output.WriteLine($"Rules: {traces.Count} ({string.Join(", ", byResult)})");
            var failedRules = traces.Where(t => t.Result == ResultKind.Failed).Select(t => t.RuleId).ToList();
            if (failedRules.Count > 0)
            {
                output.WriteLine(Ansi.Paint(color, Ansi.Red, "  failed: " + string.Join(", ", failedRules)));
            }

            var uncovered = traces.Where(t => t.Result == RuleTrace.NotCovered).Select(t => t.RuleId).ToList();
            if (uncovered.Count > 0)
            {
                output.WriteLine("  without a scenario: " + string.Join(", ", uncovered));
            }
        }

        foreach (var verdict in new[] { ResultKind.BreaksDocumentedRule, ResultKind.DiffersFromReading })
        {
            WriteCauses(output, report, verdict, color);
        }

        WriteNotApplicable(output, report);
        output.WriteLine();
        output.WriteLine(Ansi.Paint(color, report.Failed > 0 ? Ansi.Bold + Ansi.Red : Ansi.Bold + Ansi.Green, VerdictLine(report)));
        var wall = string.Create(CultureInfo.InvariantCulture, $"Wall time: {report.WallTime.TotalSeconds:0.00} s");
        if (targetStart is { } start)
        {
            wall += string.Create(CultureInfo.InvariantCulture, $" (target ready in {start.TotalSeconds:0.00} s, scenarios {(report.WallTime - start).TotalSeconds:0.00} s)");
        }

        output.WriteLine(wall);
        output.WriteLine("Reports:");
        foreach (var path in reportPaths)
        {
            output.WriteLine("  " + path);
        }
    }

    /// <summary>"541 scenarios: 530 passed, 11 failed (10 break a documented rule, 1 differs from the kit's reading), 0 not applicable".</summary>
    public static string VerdictLine(RunReport report)
    {
        var failed = report.Failed == 0 ? "0 failed"
            : string.Create(CultureInfo.InvariantCulture, $"{report.Failed} failed ({report.FailedDocumented} {(report.FailedDocumented == 1 ? "breaks" : "break")} a documented rule, {report.FailedReading} {(report.FailedReading == 1 ? "differs" : "differ")} from the kit's reading)");
        return string.Create(CultureInfo.InvariantCulture, $"{report.Results.Count} scenarios: {report.Passed} passed, {failed}, {report.NotApplicable} not applicable");
    }

    // One block per cause: a bug that fails 448 scenarios reads as one line and a few examples.
    private static void WriteCauses(TextWriter output, RunReport report, string verdict, bool color)
    {
        const int Shown = 5;
        var causes = report.Causes(verdict);
        if (causes.Count == 0)
        {
            return;
        }

        var count = causes.Sum(c => c.Results.Count);
        output.WriteLine();
        output.WriteLine(Ansi.Paint(color, Ansi.Bold + Ansi.Red, string.Create(CultureInfo.InvariantCulture,
            $"Failed: {verdict[0..1].ToUpperInvariant()}{verdict[1..]} ({count} scenario(s), {causes.Count} cause(s))")));
        foreach (var cause in causes)
        {
            output.WriteLine(Ansi.Paint(color, Ansi.Red, string.Create(CultureInfo.InvariantCulture, $"  ✘ {cause.Results.Count,3} × {cause.Headline}")));
            foreach (var failure in cause.Results.Take(Shown))
            {
                output.WriteLine($"          {failure.Scenario.FeatureName} › {failure.Scenario.Name} ({failure.Scenario.FeaturePath}:{failure.Scenario.Line})");
            }

            if (cause.Results.Count > Shown)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"          … and {cause.Results.Count - Shown} more (report.html lists them)"));
            }
        }
    }

    private static void WriteNotApplicable(TextWriter output, RunReport report)
    {
        var reasons = report.NotApplicableReasons();
        if (reasons.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Not applicable: {report.NotApplicable} scenario(s), never counted as passed"));
        foreach (var (reason, count) in reasons)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ○ {count,3} × {reason}"));
        }
    }
}
