using System.Text.Json.Nodes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Errors;

/// <summary>
/// TXT-MAX-LENGTH, the kit's reading: the objects that keep keys the API does not name hold at most
/// <see cref="TxtMaxLength.MaxUnknownValues"/> values under them, however many PATCHes merge into them.
/// </summary>
public sealed class UnknownKeysTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Theory]
    [InlineData("end_customer")]
    [InlineData("end_customer.contact")]
    [InlineData("operator_info")]
    public async Task Patches_MergingUnknownKeysPastTheLimit_Is400NamingTheObjectAndChangesNothing(string path)
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        for (var batch = 0; batch < TxtMaxLength.MaxUnknownValues / 5; batch++)
        {
            var accepted = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", Under(path, Keys(batch * 5, 5)));
            Assert.True(accepted.Code == 200, accepted.Body);
        }

        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", Under(path, Keys(100, 1)));

        Envelope.AssertIs(response, 400);
        Assert.Equal([path], response.ErrorFields);
        Assert.Contains($"TXT-MAX-LENGTH: At most {TxtMaxLength.MaxUnknownValues} values under keys the API does not name", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal(before, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body);
    }

    [Fact]
    public async Task Patch_RemovingUnknownKeysWithNull_MakesRoomAgain()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", Under("operator_info", Keys(0, TxtMaxLength.MaxUnknownValues)))).Code);
        var removal = new JsonObject { ["k0"] = null, ["k1"] = null, ["new"] = "v" };

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["operator_info"] = removal });

        Assert.True(response.Code == 200, response.Body);
        Assert.Equal("v", response.Json["operator_info"]!["new"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnknownKeyWhoseValueNestsPastTheLimit_Is400NamingTheObject()
    {
        var nested = new JsonArray([.. Enumerable.Range(0, TxtMaxLength.MaxUnknownValues).Select(i => (JsonNode)JsonValue.Create(i))]);

        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility("copper", "activate"),
            ["product"] = new JsonObject { ["code"] = "AM01" },
            ["request_type"] = "activate",
            ["end_customer"] = new JsonObject { ["type"] = "unregistered", ["notes"] = nested },
        });

        Envelope.AssertIs(response, 400);
        Assert.Equal(["end_customer"], response.ErrorFields);
    }

    [Fact]
    public async Task V1Replace_OwnerWithTooManyUnknownKeys_Is400NamingOwner()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Put, $"/api/orders/{uuid}/", new JsonObject { ["owner"] = Keys(0, TxtMaxLength.MaxUnknownValues + 1) });

        Envelope.AssertIs(response, 400);
        Assert.Equal(["owner"], response.ErrorFields);
    }

    [Fact]
    public async Task V1Replaces_MergingUnknownEnniKeysPastTheLimit_Is400NamingEnni()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Put, $"/api/orders/{uuid}/", new JsonObject { ["enni"] = Keys(0, TxtMaxLength.MaxUnknownValues) })).Code);

        var response = await Api.CallAsync(HttpMethod.Put, $"/api/orders/{uuid}/", new JsonObject { ["enni"] = Keys(100, 1) });

        Envelope.AssertIs(response, 400);
        Assert.Equal(["enni"], response.ErrorFields);
    }

    private static JsonObject Keys(int from, int count) =>
        new([.. Enumerable.Range(from, count).Select(i => KeyValuePair.Create($"k{i}", (JsonNode?)JsonValue.Create($"v{i}")))]);

    private static JsonObject Under(string path, JsonObject leaf)
    {
        var node = leaf;
        foreach (var name in path.Split('.').Reverse())
        {
            node = new JsonObject { [name] = node };
        }

        return node;
    }
}
