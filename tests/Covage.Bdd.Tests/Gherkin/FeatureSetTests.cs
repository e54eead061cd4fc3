namespace Covage.Bdd.Tests.Gherkin;

public sealed class FeatureSetTests
{
    private const string Outline = """
        @feature
        Feature: Orders

          Background:
            Given a basket with 1 apple

          @outline
          Scenario Outline: eat <n>
            When I eat <n>
            But the basket holds <left>

            @small
            Examples: small
              | n | left |
              | 0 | 1    |
              | 1 | 0    |
        """;

    [Fact]
    public void Parse_Outline_ExpandsRowsWithUniqueNamesIdsAndInheritedTags()
    {
        var set = FeatureSet.Parse("orders/eat.feature", Outline);

        Assert.Equal(2, set.Scenarios.Count);
        var first = set.Scenarios[0];
        Assert.Equal("eat 0 (small #1)", first.Name);
        Assert.Equal("small", first.ExamplesName);
        Assert.Equal("orders/eat.feature:8:15", first.Id);
        Assert.Equal(["@feature", "@outline", "@small"], first.Tags.Order());
        Assert.Equal(["Given", "When", "When"], first.Steps.Select(s => s.Keyword));
        Assert.Equal("the basket holds 1", first.Steps[2].Text);
        Assert.NotEqual(first.Id, set.Scenarios[1].Id);
    }

    [Theory]
    [InlineData("Feature: X\n\n  Rule: one\n\n  Scenario: s\n    Given a\n", 3)]
    [InlineData("Feature: X\n\n  Example: s\n    Given a\n", 3)]
    public void Parse_Gherkin6Keywords_AreRefusedWithTheLine(string text, int line)
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("x.feature", text));

        Assert.StartsWith($"x.feature:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FeatureWithoutScenarios_IsRefused()
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("empty.feature", "Feature: Empty\n  Just words.\n"));

        Assert.Contains("no scenarios", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_NamesFileAndLine()
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("bad.feature", "Feature: Bad\n\nScenario: s\n  Given a\n    | a | b |\n    | 1 |\n"));

        Assert.Contains("bad.feature:6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsEveryFeatureRecursively_InPathOrder()
    {
        var root = Path.Combine(Path.GetTempPath(), "covage-bdd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "b"));
        File.WriteAllText(Path.Combine(root, "b", "two.feature"), "Feature: Two\nScenario: t\n  Given a\n");
        File.WriteAllText(Path.Combine(root, "a.feature"), "Feature: One\nScenario: o\n  Given a\n");
        try
        {
            var set = FeatureSet.Load(root);

            Assert.Equal(["a.feature", "b/two.feature"], set.Features.Select(f => f.Path));
            Assert.Equal("b/two.feature:2", set.Scenarios[1].Id);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
