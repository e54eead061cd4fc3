using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class JsonMergeTests
{
    [Fact]
    public void Apply_NestedPatch_MergesObjectsReplacesValuesRemovesNulls()
    {
        var body = JsonNode.Parse("""{"product": {"code": "AM01"}, "type": "activate", "request_type": "activate"}""")!.AsObject();

        JsonMerge.Apply(body, JsonNode.Parse("""{"product": {"extra": 1}, "type": "x", "request_type": null}""")!.AsObject());

        Assert.Equal("""{"product":{"code":"AM01","extra":1},"type":"x"}""", body.ToJsonString());
    }
}
