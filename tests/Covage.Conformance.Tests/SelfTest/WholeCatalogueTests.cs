using Covage.Conformance.Reports;
using Covage.Conformance.SchemaValidation;
using Covage.Conformance.SelfTest;
using Covage.Conformance.SelfTest.Running;
using Covage.Conformance.Tests.Scenarios;

namespace Covage.Conformance.Tests.SelfTest;

/// <summary>The selftest CI runs: every mutant of the catalogue, each stopped at its first catch (the verdicts are those of a full run).</summary>
public sealed class WholeCatalogueTests
{
    [Fact]
    public async Task RunAsync_EveryMutantOfTheCatalogue_IsCaught()
    {
        var rules = CatalogueRule.Load(Path.Combine(SuiteFixture.FeaturesDirectory, "RULES.md")).Where(r => !r.JudgedByCertification).Select(r => r.Id).ToList();
        var runner = new SelfTestRunner(new KitSuiteEngine(SuiteFixture.Features, 4), await SchemaCatalog.LoadAsync(SuiteFixture.SchemasDirectory),
            Math.Max(2, Environment.ProcessorCount * 2), TimeProvider.System, firstCatch: true);

        var result = await runner.RunAsync(MutantCatalogue.All, rules, MutantCatalogue.NoMutants, null, CancellationToken.None);

        Assert.True(result.BaselineFailures.Count == 0, "scenarios failing against the clean provider: " + string.Join("; ", result.BaselineFailures.Select(f => f.Scenario.Title)));
        var missed = result.Mutants.Where(m => !m.Caught).Select(m => $"{m.Mutant.Id} [{string.Join(" ", m.Mutant.Rules)}]: {m.Why}").ToList();
        Assert.True(missed.Count == 0, $"{missed.Count} of {result.Mutants.Count} mutants NOT CAUGHT:\n" + string.Join("\n", missed));
        Assert.Equal(rules.Count, result.RulesGuarded + result.NoMutants.Count);
    }
}
