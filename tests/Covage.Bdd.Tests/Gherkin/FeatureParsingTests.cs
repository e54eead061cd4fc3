namespace Covage.Bdd.Tests.Gherkin;

public sealed class FeatureParsingTests
{
    [Fact]
    public void Parse_Feature_KeepsNameTagsDescriptionAndScenarioTags()
    {
        var set = FeatureSet.Parse("a/b.feature", "@api @v2\nFeature: Orders\n  What orders do.\n\n  @slow\n  Scenario: one\n    Given a\n\n  Scenario: two\n    Given b\n");

        var feature = Assert.Single(set.Features);
        Assert.Equal(("Orders", "a/b.feature", "What orders do."), (feature.Name, feature.Path, feature.Description));
        Assert.Equal(["@api", "@v2"], feature.Tags);
        Assert.Equal(["@api", "@v2", "@slow"], set.Scenarios[0].Tags);
        Assert.Equal(["@api", "@v2"], set.Scenarios[1].Tags);
        Assert.Equal(["a/b.feature:6", "a/b.feature:9"], set.Scenarios.Select(s => s.Id));
        Assert.Equal(["Orders", "Orders"], set.Scenarios.Select(s => s.FeatureName));
        Assert.Null(set.Scenarios[0].ExamplesName);
    }

    [Fact]
    public void Parse_BackgroundSteps_ComeFirstInEveryScenario()
    {
        var set = FeatureSet.Parse("x.feature", "Feature: X\n  Background:\n    Given a\n    And b\n\n  Scenario: one\n    When c\n");

        Assert.Equal(["a", "b", "c"], set.Scenarios[0].Steps.Select(s => s.Text));
        Assert.Equal(["Given", "Given", "When"], set.Scenarios[0].Steps.Select(s => s.Keyword));
        Assert.Equal([3, 4, 7], set.Scenarios[0].Steps.Select(s => s.Line));
    }

    [Fact]
    public void Parse_LocalizedKeywords_MapToGivenWhenThen()
    {
        var set = FeatureSet.Parse("de.feature", "# language: de\nFunktionalität: Bestellung\n\n  Szenario: eins\n    Angenommen a\n    Und b\n    Wenn c\n    Dann d\n    Aber e\n");

        Assert.Equal(["Given", "Given", "When", "Then", "Then"], set.Scenarios[0].Steps.Select(s => s.Keyword));
        Assert.Equal(["Angenommen", "Und", "Wenn", "Dann", "Aber"], set.Scenarios[0].Steps.Select(s => s.WrittenKeyword));
    }

    [Fact]
    public void Parse_DocStringWithoutContentType_HasNullContentType()
    {
        var set = FeatureSet.Parse("x.feature", "Feature: X\n  Scenario: s\n    Given text:\n      \"\"\"\n      hello\n      \"\"\"\n");

        Assert.Equal(new DocString("hello", null), set.Scenarios[0].Steps[0].DocString);
    }

    [Fact]
    public void DataTable_Rows_AreKeyedByHeader()
    {
        var table = new DataTable([["a", "b"], ["1", "2"], ["3", "4"]]);

        Assert.Equal(["a", "b"], table.Header);
        Assert.Equal("4", table.Rows[1]["b"]);
        Assert.Equal(3, table.RawRows.Count);
    }

    [Fact]
    public void Combine_Sets_KeepsOrder()
    {
        var one = FeatureSet.Parse("1.feature", "Feature: One\n  Scenario: s\n    Given a\n");
        var two = FeatureSet.Parse("2.feature", "Feature: Two\n  Scenario: s\n    Given a\n");

        var both = FeatureSet.Combine([one, two]);

        Assert.Equal(["1.feature:2", "2.feature:2"], both.Scenarios.Select(s => s.Id));
        Assert.Equal(["One", "Two"], both.Features.Select(f => f.Name));
    }
}
