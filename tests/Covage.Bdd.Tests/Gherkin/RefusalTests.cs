namespace Covage.Bdd.Tests.Gherkin;

public sealed class RefusalTests
{
    [Theory]
    [InlineData("Feature: X\n\n  Rule: orders\n\n    Scenario: s\n      Given a\n", 3, "'Rule:'")]
    [InlineData("Feature: X\n\n  Scenario: s\n    Given a\n\n  Example: hidden\n    Given b\n", 6, "'Example:'")]
    [InlineData("Feature: X\n  Example:  only one\n    Given a\n", 2, "'Example:'")]
    public void Parse_Gherkin6Keyword_IsRefusedWithFileAndLine(string text, int line, string keyword)
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("dir/x.feature", text));

        Assert.StartsWith($"dir/x.feature:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(keyword, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeywordsInsideDocStringOrExamplesKeyword_AreNotRefused()
    {
        var set = FeatureSet.Parse("x.feature", "Feature: X\n\n  Scenario Outline: s\n    Given the text:\n      \"\"\"\n      Rule: this is content\n      Example: so is this\n      \"\"\"\n    Examples:\n      | a |\n      | 1 |\n");

        Assert.Equal("Rule: this is content\nExample: so is this", Assert.Single(set.Scenarios).Steps[0].DocString!.Content);
    }

    [Theory]
    [InlineData("Feature: Empty\n  Just words.\n", "empty.feature:1: feature 'Empty' has no scenarios")]
    [InlineData("Feature: Empty\n\n  Background:\n    Given a\n", "empty.feature:1: feature 'Empty' has no scenarios")]
    [InlineData("# only a comment\n", "empty.feature:1: no 'Feature:' in this file")]
    [InlineData("Feature: F\n\n  Scenario: nothing yet\n", "empty.feature:3: scenario 'nothing yet' has no steps")]
    [InlineData("Feature: F\n\n  Scenario Outline: o <a>\n    Given <a>\n\n    Examples:\n      | a |\n", "empty.feature:3: scenario outline 'o <a>' has no examples rows")]
    public void Parse_NothingToRun_IsRefused(string text, string message)
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("empty.feature", text));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxError_IsPathLineMessage()
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("bad.feature", "Feature: Bad\n\nScenario: s\n  Given a\n    | a | b |\n    | 1 |\n"));

        Assert.Equal("bad.feature:6: inconsistent cell count within the table", error.Message);
    }

    [Fact]
    public void Parse_SeveralSyntaxErrors_ReportsEachOnItsLine()
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("bad.feature", "Feature: Bad\n\nScenario: s\n  Given a\n  oops\n\nScenario: t\n  Given b\n  also wrong\n"));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("bad.feature:5: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("bad.feature:9: ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingDirectory_IsRefused()
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"))));

        Assert.Contains("no such features directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadFile_NamesItsRelativePath()
    {
        var root = Path.Combine(Path.GetTempPath(), "covage-bdd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "orders"));
        File.WriteAllText(Path.Combine(root, "orders", "rules.feature"), "Feature: R\n\n  Rule: r\n    Scenario: s\n      Given a\n");
        try
        {
            var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Load(root));

            Assert.StartsWith("orders/rules.feature:3: ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Parse_UnknownLanguage_IsRefusedWithTheLine()
    {
        var error = Assert.Throws<GherkinLoadException>(() => FeatureSet.Parse("zz.feature", "# language: zz\nFeature: X\n  Scenario: s\n    Given a\n"));

        Assert.StartsWith("zz.feature:1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("zz", error.Message[14..], StringComparison.Ordinal);
    }
}
