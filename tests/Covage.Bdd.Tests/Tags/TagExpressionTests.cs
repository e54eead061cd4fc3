namespace Covage.Bdd.Tests.Tags;

public sealed class TagExpressionTests
{
    [Theory]
    [InlineData("", "@a", true)]
    [InlineData("@a", "@a @b", true)]
    [InlineData("@a and @b", "@a", false)]
    [InlineData("@a or @b", "@b", true)]
    [InlineData("not @a", "@b", true)]
    [InlineData("@v2 and not @simulator", "@v2 @simulator", false)]
    [InlineData("@v2 and not @simulator", "@v2", true)]
    [InlineData("@a or @b and @c", "@a", true)]
    [InlineData("(@a or @b) and @c", "@a", false)]
    [InlineData("not (@a or @b)", "@c", true)]
    public void Matches_FollowsCucumberPrecedence(string expression, string tags, bool expected)
    {
        Assert.Equal(expected, TagExpression.Parse(expression).Matches(tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("@a and")]
    [InlineData("(@a")]
    [InlineData("a")]
    [InlineData("@a @b")]
    public void Parse_Malformed_Throws(string expression)
    {
        Assert.Throws<FormatException>(() => TagExpression.Parse(expression));
    }
}
