using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Tests.Domain.Orders;

public sealed class StoredJsonTests
{
    [Fact]
    public void Parse_ReturnsAFreshCopy_ThatCannotReachTheStore()
    {
        var bytes = StoredJson.From(new JsonObject { ["name"] = "Alethkar Palace" });

        var copy = StoredJson.Parse(bytes);
        copy["name"] = "changed";

        Assert.Equal("Alethkar Palace", StoredJson.Parse(bytes)["name"]!.GetValue<string>());
    }

    [Fact]
    public void From_EmptyOrNull_IsTheSharedEmptyObject()
    {
        Assert.Same(StoredJson.From(null), StoredJson.From([]));
        Assert.Empty(StoredJson.Parse(StoredJson.From(null)));
    }

    [Theory]
    [InlineData("name", "Minas Tirith")]
    [InlineData("type", "registered")]
    [InlineData("contact", null)]
    [InlineData("missing", null)]
    public void Member_ReadsTopLevelStrings(string name, string? expected)
    {
        var bytes = StoredJson.From(new JsonObject
        {
            ["contact"] = new JsonObject { ["name"] = "nested" },
            ["type"] = "registered",
            ["name"] = "Minas Tirith",
        });

        Assert.Equal(expected, StoredJson.Member(bytes, name));
    }

    [Fact]
    public void From_AccentedLetters_StayReadable() =>
        Assert.Equal("{\"street\":\"Rue de la république\"}", System.Text.Encoding.UTF8.GetString(StoredJson.From(new JsonObject { ["street"] = "Rue de la république" })));
}
