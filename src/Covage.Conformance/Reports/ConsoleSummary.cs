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

        var failures = report.Results.Where(r => ResultKind.Of(r) == ResultKind.Failed).ToList();
        if (failures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Ansi.Paint(color, Ansi.Bold + Ansi.Red, $"Failed scenarios ({failures.Count})"));
            foreach (var failure in failures)
            {
                output.WriteLine(Ansi.Paint(color, Ansi.Red, $"  ✘ {failure.Scenario.FeatureName} › {failure.Scenario.Name} ({failure.Scenario.FeaturePath}:{failure.Scenario.Line})"));
                var step = ResultKind.FailingStep(failure);
                output.WriteLine($"      {ResultKind.FirstLine(step?.Error ?? failure.FirstError ?? failure.Outcome.ToString())}");
            }
        }

        output.WriteLine();
        var verdict = string.Create(CultureInfo.InvariantCulture,
            $"{report.Results.Count} scenarios: {report.Passed} passed, {report.Failed} failed, {report.NotApplicable} not applicable");
        output.WriteLine(Ansi.Paint(color, report.Failed > 0 ? Ansi.Bold + Ansi.Red : Ansi.Bold + Ansi.Green, verdict));
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
}
