namespace Covage.Bdd.Tests.Tags;

public sealed class TagExpressionTests
{
    [Theory]
    [InlineData("", "@a", true)]
    [InlineData("", "", true)]
    [InlineData("@a", "@a @b", true)]
    [InlineData("@a", "a", true)]
    [InlineData("@a", "@A", false)]
    [InlineData("@a and @b", "@a", false)]
    [InlineData("@a and @b", "@a @b", true)]
    [InlineData("@a or @b", "@b", true)]
    [InlineData("@a or @b", "@c", false)]
    [InlineData("not @a", "@b", true)]
    [InlineData("not @a", "@a", false)]
    [InlineData("@v2 and not @simulator", "@v2 @simulator", false)]
    [InlineData("@v2 and not @simulator", "@v2", true)]
    [InlineData("@a or @b and @c", "@a", true)]
    [InlineData("@a and @b or @c", "@c", true)]
    [InlineData("not @a and @b", "@b", true)]
    [InlineData("not @a and @b", "@a @b", false)]
    [InlineData("not @a or @b", "@a", false)]
    [InlineData("(@a or @b) and @c", "@a", false)]
    [InlineData("(@a or @b) and @c", "@b @c", true)]
    [InlineData("not (@a or @b)", "@c", true)]
    [InlineData("not (@a or @b)", "@b", false)]
    [InlineData("not not @a", "@a", true)]
    [InlineData("((@a))", "@a", true)]
    [InlineData("@rule:ORD-1 or @rule:ORD-2", "@rule:ORD-2", true)]
    public void Matches_FollowsCucumberPrecedence(string expression, string tags, bool expected)
    {
        Assert.Equal(expected, TagExpression.Parse(expression).Matches(tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("@a and")]
    [InlineData("(@a")]
    [InlineData("@a)")]
    [InlineData("a")]
    [InlineData("@a @b")]
    [InlineData("and @a")]
    [InlineData("not")]
    [InlineData("()")]
    public void Parse_Malformed_ThrowsFormatException(string expression)
    {
        var error = Assert.Throws<FormatException>(() => TagExpression.Parse(expression));

        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
    }
}
