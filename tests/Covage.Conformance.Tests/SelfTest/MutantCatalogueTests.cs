using Covage.Conformance.Drivers;
using Covage.Conformance.Reports;
using Covage.Conformance.SelfTest;
using Covage.Conformance.Tests.Scenarios;

namespace Covage.Conformance.Tests.SelfTest;

public sealed class MutantCatalogueTests
{
    private static IReadOnlyList<string> Rules => [.. CatalogueRule.Load(Path.Combine(SuiteFixture.FeaturesDirectory, "RULES.md")).Where(r => !r.JudgedByCertification).Select(r => r.Id)];

    [Fact]
    public void All_HoldsAtLeast150MutantsWithDistinctIds()
    {
        var ids = MutantCatalogue.All.Select(m => m.Id).ToList();

        Assert.True(ids.Count >= 150, $"only {ids.Count} mutants");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryRuleOfTheCatalogueHasAMutantOrAReason()
    {
        var guarded = MutantCatalogue.All.SelectMany(m => m.Rules).Concat(MutantCatalogue.NoMutants.Select(n => n.Rule)).ToHashSet(StringComparer.Ordinal);

        var bare = Rules.Where(r => !guarded.Contains(r)).ToList();

        Assert.True(bare.Count == 0, "rules with neither a mutant nor a reason why none can exist: " + string.Join(", ", bare));
    }

    [Fact]
    public void All_EveryMutantNamesRulesOfTheCatalogueThatScenariosCite()
    {
        var cited = SuiteFixture.Features.Scenarios.SelectMany(s => RuleTags.All(s.Tags)).ToHashSet(StringComparer.Ordinal);
        var known = Rules.ToHashSet(StringComparer.Ordinal);

        var wrong = MutantCatalogue.All.SelectMany(m => m.Rules.Where(r => !known.Contains(r) || !cited.Contains(r)).Select(r => $"{m.Id}: {r}")).ToList();

        Assert.True(wrong.Count == 0, "mutants naming a rule the catalogue lacks or no scenario cites: " + string.Join(", ", wrong));
    }

    [Fact]
    public void All_EveryMutantSaysWhatItBreaks()
    {
        Assert.All(MutantCatalogue.All, m =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", m.Id);
            Assert.False(string.IsNullOrWhiteSpace(m.Breaks), m.Id);
            Assert.NotEmpty(m.Rules);
        });
    }
}
