using Covage.Bdd.Bindings;

namespace Covage.Bdd.Tests.Bindings;

public sealed class CucumberExpressionTests
{
    private static readonly ParameterTypes Types = new([typeof(CustomTypes)]);

    [Theory]
    [InlineData("I have {int} cucumber(s)", "I have 1 cucumber", true)]
    [InlineData("I have {int} cucumber(s)", "I have 12 cucumbers", true)]
    [InlineData("I have {int} cucumber(s)", "I have x cucumbers", false)]
    [InlineData("I have {int} cucumber(s)", "I have 1 cucumber in my belly", false)]
    [InlineData("I have {int} cucumber(s)", "so I have 1 cucumber", false)]
    [InlineData("a/an {word} order", "an activate order", true)]
    [InlineData("a/an {word} order", "a terminate order", true)]
    [InlineData("a/an {word} order", "the activate order", false)]
    [InlineData("a/an {word} order", "an two words order", false)]
    [InlineData("the order is accepted/refused/pending", "the order is refused", true)]
    [InlineData("the order(s) is/are ok", "the orders are ok", true)]
    [InlineData("the field {string} is {string}", "the field \"a\" is 'b c'", true)]
    [InlineData("the field {string} is {string}", "the field a is 'b c'", false)]
    [InlineData("the value {string}", "the value \"say \\\"hi\\\"\"", true)]
    [InlineData("the value {string}", "the value \"\"", true)]
    [InlineData("costs \\(in euros\\) {float}", "costs (in euros) 1.5", true)]
    [InlineData("costs {float}", "costs -.5", true)]
    [InlineData("costs {float}", "costs 1e3", true)]
    [InlineData("costs {float}", "costs abc", false)]
    [InlineData("count {int}", "count -7", true)]
    [InlineData("count {int}", "count 7.5", false)]
    [InlineData("a\\/b {}", "a/b anything at all", true)]
    [InlineData("braces \\{int}", "braces {int}", true)]
    [InlineData("a backslash \\\\ here", "a backslash \\ here", true)]
    [InlineData("regex chars .*+? [x] stay literal", "regex chars .*+? [x] stay literal", true)]
    [InlineData("regex chars .* stay literal", "regex chars abc stay literal", false)]
    [InlineData("a {colour} ball", "a red ball", true)]
    [InlineData("a {colour} ball", "a pink ball", false)]
    public void Compile_Expression_MatchesWholeText(string expression, string text, bool matches)
    {
        var (regex, _) = CucumberExpression.Compile(expression, Types);

        Assert.Equal(matches, regex.IsMatch(text));
    }

    [Fact]
    public void Compile_Expression_NamesEachParameterInOrder()
    {
        var (regex, parameters) = CucumberExpression.Compile("{word} has {int} {colour} item(s) for {string} and {}", Types);

        var match = regex.Match("anna has 3 blue items for 'x y' and the rest");
        Assert.Equal(["word", "int", "colour", "string", ""], parameters);
        Assert.Equal(["anna", "3", "blue", "'x y'", "the rest"], Enumerable.Range(0, 5).Select(i => match.Groups[$"p{i}"].Value));
    }

    [Theory]
    [InlineData(@"^I wait (\d+) seconds?$", "I wait 5 seconds", true, 1)]
    [InlineData(@"^I wait (\d+) seconds?$", "I wait 5 seconds now", false, 1)]
    [InlineData(@"^order (?<id>\w+) is (open|closed)", "order x1 is closed", true, 2)]
    [InlineData(@"^order (?<id>\w+) is (open|closed)", "order x1 is closed today", false, 2)]
    [InlineData(@"status (?:ok|ko)$", "status ok", true, 0)]
    public void Compile_Regex_IsAnchoredAndCountsGroups(string pattern, string text, bool matches, int groups)
    {
        var (regex, parameters) = CucumberExpression.Compile(pattern, Types);

        Assert.Equal(matches, regex.IsMatch(text));
        Assert.Equal(groups, parameters.Count);
    }

    [Theory]
    [InlineData("a {int}/{int} page", "alternative may not contain a parameter")]
    [InlineData("a / b", "empty alternative")]
    [InlineData("a {int", "unclosed '{'")]
    [InlineData("item(s", "unclosed '('")]
    [InlineData("item({int})", "optional text may not contain '{'")]
    [InlineData("a {nope}", "unknown parameter type {nope}")]
    [InlineData("^broken(", "invalid regular expression")]
    public void Compile_Malformed_ThrowsWithTheReason(string pattern, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => CucumberExpression.Compile(pattern, Types));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the operator creates {int} order(s)", "the operator creates ")]
    [InlineData("the order(s) are ready", "the order")]
    [InlineData("a/an order", "")]
    [InlineData("I have a/an {word}", "I have ")]
    [InlineData("I have item(s)/things", "I have ")]
    [InlineData("costs \\(in euros\\)", "costs ")]
    [InlineData("plain text only", "plain text only")]
    [InlineData("^regex (\\d+)$", "")]
    public void LiteralPrefix_Expression_IsTheTextEveryMatchStartsWith(string pattern, string prefix)
    {
        Assert.Equal(prefix, CucumberExpression.LiteralPrefix(pattern));
    }

    [Fact]
    public void Escape_SpecialCharacters_ReadLiterallyWhenCompiled()
    {
        var text = "a (b) {c} d/e \\ f";

        var (regex, parameters) = CucumberExpression.Compile(CucumberExpression.Escape(text), Types);

        Assert.Matches(regex, text);
        Assert.Empty(parameters);
    }

    private static class CustomTypes
    {
        [ParameterType("colour", "red|green|blue")]
        public static ConsoleColor ToColour(string text) => Enum.Parse<ConsoleColor>(text, ignoreCase: true);
    }
}
