using Covage.Bdd.Bindings;

namespace Covage.Bdd.Tests.Bindings;

public sealed class CucumberExpressionTests
{
    private static readonly ParameterTypes Types = new([]);

    [Theory]
    [InlineData("I have {int} cucumber(s)", "I have 1 cucumber", true)]
    [InlineData("I have {int} cucumber(s)", "I have 12 cucumbers", true)]
    [InlineData("I have {int} cucumber(s)", "I have x cucumbers", false)]
    [InlineData("a/an {word} order", "an activate order", true)]
    [InlineData("a/an {word} order", "the activate order", false)]
    [InlineData("the field {string} is {string}", "the field \"a\" is 'b c'", true)]
    [InlineData("costs \\(in euros\\) {float}", "costs (in euros) 1.5", true)]
    [InlineData("a\\/b {}", "a/b anything at all", true)]
    public void Compile_Matches(string expression, string text, bool matches)
    {
        var (regex, _) = CucumberExpression.Compile(expression, Types);

        Assert.Equal(matches, regex.IsMatch(text));
    }

    [Fact]
    public void Convert_StringStripsQuotes()
    {
        Assert.Equal("b c", Types.Convert("string", "'b c'", typeof(string)));
        Assert.Equal(-3, Types.Convert("int", "-3", typeof(int)));
    }
}
