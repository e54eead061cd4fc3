using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class ConcurrencyTests : ProviderTest
{
    private JsonObject Draft(string orderRef)
    {
        var body = TestProvider.Complete(orderRef, Api.Contact());
        body["type"] = "activate";
        body["eligibility_ref"] = Api.Eligibility("copper", "activate");
        body["product"] = new JsonObject { ["code"] = "AM01" };
        body["request_type"] = "activate";
        return body;
    }

    [Fact]
    public async Task ConcurrentCreates_SameOrderRef_ExactlyOneWins()
    {
        await Api.TokenAsync("delivery@alpha.example");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            Task.Run(() => Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", Draft("SAME-REF")))));

        Assert.Single(responses, r => r.Code == 200);
        Assert.All(responses.Where(r => r.Code != 200), r =>
        {
            Assert.Equal(400, r.Code);
            Assert.Contains("operator_info.order_ref", r.ErrorFields);
        });
        Assert.Equal("1", (await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/?product_family=A")).Header("X-Total-Count"));
    }

    [Fact]
    public async Task ConcurrentCreates_DistinctRefs_AllStoredWithDistinctReferences()
    {
        await Api.TokenAsync("delivery@alpha.example");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", Draft($"REF-{i}")))));

        Assert.All(responses, r => Assert.Equal(200, r.Code));
        Assert.Equal(20, responses.Select(r => r.Json["reference"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(20, responses.Select(r => r.Json["uuid"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task ConcurrentPatchesAndSubmit_OrderEndsWhole()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete("BASE", Api.Contact()))).Code);

        var writes = Enumerable.Range(0, 10).Select(i => Task.Run(() => Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/",
            new JsonObject { ["comment"] = $"comment {i}" }))).ToList();
        writes.Add(Task.Run(() => Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" })));
        var responses = await Task.WhenAll(writes);

        Assert.All(responses, r => Assert.Contains(r.Code, new[] { 200, 409 }));
        var order = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json;
        Assert.Equal("submitted", order["status"]!.GetValue<string>());
        Assert.Equal("BASE", order["operator_info"]!["order_ref"]!.GetValue<string>());
        var submitted = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json.AsArray();
        Assert.Single(submitted, e => e!["type"]!.GetValue<string>() == "order-submitted");
    }

    [Fact]
    public async Task ConcurrentPatches_SeveralOrdersClaimingOneNewRef_ExactlyOneWins()
    {
        var uuids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var created = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", Draft($"OWN-{i}-{Guid.NewGuid():N}"));
            uuids.Add(created.Json["uuid"]!.GetValue<string>());
        }

        var claim = new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "CLAIMED-REF" } };
        var responses = await Task.WhenAll(uuids.Select(uuid =>
            Task.Run(() => Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", claim))));

        Assert.Single(responses, r => r.Code == 200);
        Assert.All(responses.Where(r => r.Code != 200), r => Assert.Contains("operator_info.order_ref", r.ErrorFields));
        var holders = 0;
        foreach (var uuid in uuids)
        {
            var order = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json;
            holders += order["operator_info"]!["order_ref"]!.GetValue<string>() == "CLAIMED-REF" ? 1 : 0;
        }

        Assert.Equal(1, holders);
    }

    [Fact]
    public async Task ConcurrentPatches_OneOrderEach_EveryOrderKeepsItsOwnChange()
    {
        var uuids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            uuids.Add((await Api.CreateAsync())["uuid"]!.GetValue<string>());
        }

        var responses = await Task.WhenAll(uuids.Select(uuid =>
            Task.Run(() => Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["comment"] = $"for {uuid}" }))));

        Assert.All(responses, r => Assert.Equal(200, r.Code));
        foreach (var uuid in uuids)
        {
            Assert.Equal($"for {uuid}", (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json["comment"]!.GetValue<string>());
        }
    }
}
