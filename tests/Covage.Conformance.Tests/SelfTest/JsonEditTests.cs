using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.Tests.SelfTest;

public sealed class JsonEditTests
{
    [Fact]
    public void Text_StringThatIsNotText_IsNullInsteadOfThrowing()
    {
        var body = JsonNode.Parse("""{"email": "\udfff@example.com", "n": 42}""");

        Assert.Null(JsonEdit.Text(body, "email"));
        Assert.Equal("42", JsonEdit.Text(body, "n"));
    }

    [Fact]
    public void Set_MissingObjects_AreCreatedAndAnUnchangedValueIsNoChange()
    {
        var order = new JsonObject();

        Assert.True(JsonEdit.Set(order, "end_customer.contact.email", "a@b.example"));
        Assert.False(JsonEdit.Set(order, "end_customer.contact.email", "a@b.example"));
        Assert.Equal("a@b.example", JsonEdit.Text(order, "end_customer.contact.email"));
    }

    [Fact]
    public void Get_ArrayItems_AreReadByIndex()
    {
        var order = JsonNode.Parse("""{"bounds": [{"address": {"stairs": "C"}}]}""");

        Assert.Equal("C", JsonEdit.Text(order, "bounds[0].address.stairs"));
        Assert.True(JsonEdit.Remove(order, "bounds[0].address.stairs"));
        Assert.Null(JsonEdit.Text(order, "bounds[0].address.stairs"));
    }
}
