using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class JsonPathsTests
{
    private static readonly JsonNode Order = JsonNode.Parse("""{"bounds": [{"address": {"stairs": "C", "floor": null}}], "ok": true}""")!;

    [Fact]
    public void TryGet_IndexedPath_FindsValue()
    {
        Assert.True(JsonPaths.TryGet(Order, "bounds[0].address.stairs", out var value));
        Assert.Equal("C", JsonPaths.Show(value));
    }

    [Fact]
    public void TryGet_NullValue_FoundButNull()
    {
        Assert.True(JsonPaths.TryGet(Order, "bounds[0].address.floor", out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("bounds[1].address")]
    [InlineData("missing")]
    [InlineData("ok.deeper")]
    public void TryGet_AbsentPath_False(string path) => Assert.False(JsonPaths.TryGet(Order, path, out _));

    [Fact]
    public void Nest_DottedPath_BuildsObjects() =>
        Assert.Equal("""{"a":{"b":"c"}}""", JsonPaths.Nest("a.b", "c").ToJsonString());

    [Fact]
    public void Show_Boolean_AsJson() => Assert.Equal("true", JsonPaths.Show(Order["ok"]));

    [Fact]
    public void FirstDifference_ChangedNestedValue_GivesItsPath() =>
        Assert.Equal("$.bounds[0].address.stairs", JsonPaths.FirstDifference(Order, JsonNode.Parse("""{"bounds": [{"address": {"stairs": "D", "floor": null}}], "ok": true}""")));

    [Fact]
    public void FirstDifference_AddedField_GivesItsPath() =>
        Assert.Equal("$.extra", JsonPaths.FirstDifference(Order, JsonNode.Parse("""{"bounds": [{"address": {"stairs": "C", "floor": null}}], "ok": true, "extra": 1}""")));

    [Fact]
    public void FirstDifference_Equal_Null() => Assert.Null(JsonPaths.FirstDifference(Order, Order.DeepClone()));
}
