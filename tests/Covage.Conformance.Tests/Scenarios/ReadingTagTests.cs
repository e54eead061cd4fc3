using Covage.Conformance.Reports;

namespace Covage.Conformance.Tests.Scenarios;

/// <summary>
/// The @interp tag tells what the pages state from the kit's readings: a scenario that only cites
/// `interp` rules must carry it, and one that carries it must cite a rule with a reading, so
/// <c>--tags 'not @interp'</c> runs what the pages state and nothing else.
/// </summary>
public sealed class ReadingTagTests
{
    private static readonly IReadOnlyList<CatalogueRule> Rules = CatalogueRule.Load(Path.Combine(SuiteFixture.FeaturesDirectory, "RULES.md"));

    [Fact]
    public void Features_ScenarioCitingOnlyInterpRules_CarriesTheReadingTag()
    {
        var interp = Rules.Where(r => r.Kind == "interp").Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var untagged = SuiteFixture.Features.Scenarios
            .Where(s => RuleTrace.RulesOf(s).Any() && RuleTrace.RulesOf(s).All(interp.Contains) && !ResultKind.ChecksReading(s))
            .Select(s => $"{s.FeaturePath}:{s.Line} {s.Name}")
            .ToList();

        Assert.NotEmpty(interp);
        Assert.True(untagged.Count == 0, "these scenarios test only the kit's readings but lack @interp:\n" + string.Join("\n", untagged));
    }

    [Fact]
    public void Features_ScenarioWithTheReadingTag_CitesARuleWithAReading()
    {
        var withReading = Rules.Where(r => r.Kind.Contains("interp", StringComparison.Ordinal) || r.Reading.Length > 0).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var unfounded = SuiteFixture.Features.Scenarios
            .Where(s => ResultKind.ChecksReading(s) && !RuleTrace.RulesOf(s).Any(withReading.Contains))
            .Select(s => $"{s.FeaturePath}:{s.Line} {s.Name}")
            .ToList();

        Assert.True(unfounded.Count == 0, "these scenarios carry @interp but cite no rule the catalogue gives a reading for:\n" + string.Join("\n", unfounded));
    }

    [Fact]
    public void Features_BothKindsOfScenario_Exist()
    {
        var reading = SuiteFixture.Features.Scenarios.Count(ResultKind.ChecksReading);

        Assert.InRange(reading, 1, SuiteFixture.Features.Scenarios.Count - 1);
    }
}
