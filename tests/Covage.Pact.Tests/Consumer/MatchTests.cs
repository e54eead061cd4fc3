using Covage.Pact.Consumer;

namespace Covage.Pact.Tests.Consumer;

public sealed class MatchTests
{
    [Fact]
    public void Type_Example_WritesIntegrationJson()
    {
        var json = Match.Type(new { a = 1 }).ToJsonString();

        Assert.Equal("{\"pact:matcher:type\":\"type\",\"value\":{\"a\":1}}", json);
    }

    [Fact]
    public void MinType_ExampleRepeatedMinTimes()
    {
        var matcher = Match.MinType("x", 3);

        Assert.Equal(3, matcher["value"]!.AsArray().Count);
        Assert.Equal(3, (int)matcher["min"]!);
    }

    [Fact]
    public void MinType_NestedMatcherIsCopiedNotShared()
    {
        // A JSON node can only have one parent: reusing the same matcher object must still work.
        var inner = Match.Type(1);

        var outer = Match.MinType(new { a = inner, b = inner }, 2);

        Assert.Equal(2, outer["value"]!.AsArray().Count);
    }

    [Fact]
    public void MaxType_LessThanOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Match.MaxType("x", 0));

    [Fact]
    public void Include_WritesSubstringAsValue()
    {
        var matcher = Match.Include("@");

        Assert.Equal("include", (string?)matcher["pact:matcher:type"]);
        Assert.Equal("@", (string?)matcher["value"]);
    }
}
