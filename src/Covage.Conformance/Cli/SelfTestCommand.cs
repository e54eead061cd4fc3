using System.Globalization;
using Covage.Conformance.Running;
using Covage.Conformance.Reports;
using Covage.Conformance.SchemaValidation;
using Covage.Conformance.SelfTest;
using Covage.Conformance.SelfTest.Reports;
using Covage.Conformance.SelfTest.Running;

namespace Covage.Conformance.Cli;

/// <summary>
/// <c>selftest</c>: runs the suite against every mutant of the catalogue, prints one line per mutant,
/// writes selftest.html and selftest.json, exits 0 only when every mutant is caught.
/// </summary>
internal static class SelfTestCommand
{
    public static async Task<int> RunAsync(SelfTestCommandLine command, TextWriter stdout, TimeProvider time, CancellationToken ct)
    {
        var mutants = Pick(MutantCatalogue.All, command.Only);
        if (command.List)
        {
            foreach (var mutant in mutants)
            {
                stdout.WriteLine($"{mutant.Id,-48} {string.Join(" ", mutant.Rules),-34} {mutant.Breaks}");
            }

            foreach (var none in MutantCatalogue.NoMutants)
            {
                stdout.WriteLine($"{"(no mutant possible)",-48} {none.Rule,-34} {none.Reason}");
            }

            stdout.WriteLine($"{mutants.Count} mutant(s)");
            return ExitCodes.Passed;
        }

        var featuresDirectory = KitInfo.DefaultFeaturesDirectory();
        var schemasDirectory = KitInfo.RequireSchemasDirectory();

        var rules = CatalogueRule.Load(Path.Combine(featuresDirectory, "RULES.md"))
            .Where(r => !r.JudgedByCertification) // client-behaviour rules: certify-client judges them, no provider mutant can break them
            .Select(r => r.Id).ToList();
        var engine = new KitSuiteEngine(FeatureSet.Load(featuresDirectory), command.ScenarioParallel);
        var parallel = command.Parallel ?? Math.Max(2, Environment.ProcessorCount * 2);
        stdout.WriteLine($"Covage Conformance Kit {KitInfo.Version} selftest: {mutants.Count} mutant(s) of {rules.Count} rule(s), {parallel} at a time; "
            + "each runs the scenarios citing its rules against its own copy of the built-in provider.");
        var runner = new SelfTestRunner(engine, await SchemaCatalog.LoadAsync(schemasDirectory, ct), parallel, time, command.FirstCatch);
        SelfTestResult result;
        try
        {
            result = await runner.RunAsync(mutants, rules, MutantCatalogue.NoMutants, m => stdout.WriteLine(Line(m)), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw new UsageException("interrupted: the selftest was cancelled before it finished (no reports written)");
        }

        foreach (var none in MutantCatalogue.NoMutants.Where(n => command.Only is null || rules.Contains(n.Rule)))
        {
            stdout.WriteLine($"  {none.Rule}: no black-box mutant can exist: {none.Reason}");
        }

        var paths = Write(result, command.ReportDir);
        stdout.WriteLine(result.BaselineFailures.Count == 0
            ? $"Baseline: the {result.BaselineScenarios} scenario(s) the mutants run all pass against the clean provider."
            : $"Baseline: {result.BaselineFailures.Count} of {result.BaselineScenarios} scenario(s) FAIL against the clean provider (they cannot catch anything): "
                + string.Join("; ", result.BaselineFailures.Take(5).Select(f => f.Scenario.Title)));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wall time: {result.WallTime.TotalSeconds:0.0} s ({result.Mutants.Sum(m => m.Executed)} scenario runs over {result.Mutants.Count} mutant(s), {parallel} at a time)"));
        stdout.WriteLine("Reports: " + string.Join(", ", paths));
        stdout.WriteLine($"selftest: {result.Caught} of {result.Mutants.Count} mutants caught; {result.RulesGuarded} of {result.Rules.Count} rules guarded");
        return result.Passed ? ExitCodes.Passed : ExitCodes.Failed;
    }

    /// <summary>One line per mutant: "caught by …" or "NOT CAUGHT (why)".</summary>
    public static string Line(MutantResult m) =>
        m.Caught && m.CaughtBy is { } by
            ? $"  {m.Mutant.Id} [{string.Join(" ", m.Mutant.Rules)}]: caught by \"{by.Scenario.Title}\" " + (m.Executed < m.Ran.Count
                ? $"(stopped at the first catch, after {m.Executed} of {m.Ran.Count} scenarios)"
                : $"({m.Failed.Count} of {m.Ran.Count} scenarios failed)")
            : $"  {m.Mutant.Id} [{string.Join(" ", m.Mutant.Rules)}]: NOT CAUGHT ({m.Why})";

    /// <summary>The mutants <c>--only</c> names (mutant id or rule ID prefixes); all without it; none matching is a usage error.</summary>
    public static IReadOnlyList<Mutant> Pick(IReadOnlyList<Mutant> all, IReadOnlyList<string>? only)
    {
        if (only is null)
        {
            return all;
        }

        var picked = all.Where(m => only.Any(o => m.Id.StartsWith(o, StringComparison.Ordinal) || m.Rules.Any(r => r.StartsWith(o, StringComparison.Ordinal)))).ToList();
        return picked.Count > 0 ? picked : throw new UsageException($"no mutant matches --only {string.Join(",", only)} (see selftest --list)");
    }

    private static IReadOnlyList<string> Write(SelfTestResult result, string reportDir)
    {
        try
        {
            Directory.CreateDirectory(reportDir);
            var json = Path.GetFullPath(Path.Combine(reportDir, "selftest.json"));
            var html = Path.GetFullPath(Path.Combine(reportDir, "selftest.html"));
            File.WriteAllText(json, SelfTestJsonWriter.Build(result, KitInfo.Version));
            File.WriteAllText(html, SelfTestHtmlWriter.Build(result, KitInfo.Version));
            return [html, json];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the selftest reports: {e.Message}");
        }
    }
}
