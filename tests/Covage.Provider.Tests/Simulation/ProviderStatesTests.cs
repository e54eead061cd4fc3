using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class ProviderStatesTests : ProviderTest
{
    // Real HTTP, so that concurrent setups really run at once.
    private protected override ProviderTransport Transport => ProviderTransport.Loopback;

    private Task<ApiResponse> StateAsync(string state, JsonObject? parameters = null, string action = "setup") =>
        Api.ControlAsync(HttpMethod.Post, "/_simulator/provider-states", new JsonObject { ["state"] = state, ["params"] = parameters?.DeepClone() ?? new JsonObject(), ["action"] = action });

    [Fact]
    public async Task SubmittedOrder_IsReadableWithThePactToken()
    {
        var setup = await StateAsync("a submitted order", new JsonObject { ["order_uuid"] = "11111111-1111-4111-8111-111111111111" });

        var order = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/11111111-1111-4111-8111-111111111111/", null, "Bearer sandbox-pact-token");

        Assert.Equal(200, setup.Code);
        Assert.Equal(200, order.Code);
        Assert.Equal("submitted", order.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ActiveCopperService_IsTerminableByItsFixedUuidAndRef_EvenAfterATermination()
    {
        var parameters = new JsonObject { ["service_uuid"] = "22222222-2222-4222-8222-222222222222", ["service_ref"] = "S201010_00042" };
        Assert.Equal(200, (await StateAsync("an active copper service", parameters)).Code);
        var first = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_ref"] = "S201010_00042" }, "Bearer sandbox-pact-token");
        Assert.Equal(200, first.Code);
        var uuid = first.Json["uuid"]!.GetValue<string>();
        Assert.Equal("22222222-2222-4222-8222-222222222222", first.Json["service_uuid"]!.GetValue<string>());
        var fill = TestProvider.Complete(contact: Api.Contact());
        fill["status"] = "submitted";
        Assert.Equal(200, (await Api.SendAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", fill, "Bearer sandbox-pact-token")).Code);
        foreach (var to in new[] { "acknowledged", "running", "completed" })
        {
            Assert.Equal(200, (await Api.DriveAsync(uuid, to)).Code);
        }

        Assert.Equal(200, (await StateAsync("an active copper service", parameters)).Code);
        var again = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = "22222222-2222-4222-8222-222222222222" }, "Bearer sandbox-pact-token");

        Assert.Equal(200, again.Code);
        Assert.Equal("S201010_00042", again.Json["service_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task SameStateTwice_ReplacesTheOrder()
    {
        Assert.Equal(200, (await StateAsync("a submitted order")).Code);
        Assert.Equal(200, (await StateAsync("an order in draft")).Code);

        var order = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2/", null, "Bearer sandbox-pact-token");

        Assert.Equal("draft", order.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task InfoJustSent_NextInfoIsThrottled()
    {
        await StateAsync("an order whose info message was just sent");

        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2/events/info/",
            new JsonObject { ["message"] = "again" }, "Bearer sandbox-pact-token");

        Assert.Equal(429, response.Code);
    }

    [Fact]
    public async Task UnknownState_Is400NamingTheKnownOnes()
    {
        var response = await StateAsync("a unicorn");

        Assert.Equal(400, response.Code);
        Assert.Contains("a submitted order", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentSetupsOfOneOrder_AllSucceedAndLeaveOneRow_ThatADeleteRemoves()
    {
        const string Uuid = "33333333-3333-4333-8333-333333333333";
        string[] states = ["an order in draft", "a submitted order", "an order with events", "an order whose info message was just sent"];
        var parameters = new JsonObject { ["order_uuid"] = Uuid };
        var busy = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        using var stop = new CancellationTokenSource();
        // Unserialized setups of one uuid interleave (two forget, then two create) only when they wait
        // together: heavy writes on another order of the operator keep its lock busy so they do. Before
        // setups ran one at a time this failed on 8 runs of 8 (ghost rows, or a 400 because a ghost
        // still held the order's reference).
        var load = Races.KeepBusyAsync(3, i => Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{busy}/", Races.Heavy(new JsonObject { ["comment"] = $"busy {i}" })), stop.Token);
        try
        {
            for (var round = 0; round < 20; round++)
            {
                var setups = await Races.RunAsync(i => StateAsync(states[i % states.Length], parameters), 8);

                Assert.All(setups, s => Assert.True(s.Code == 200, s.Body));
                Assert.Equal(1, await RowsAsync(Uuid));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await load;
        }

        // Only a draft can be deleted: set one up, then delete it.
        Assert.Equal(200, (await StateAsync("an order in draft", parameters)).Code);
        var delete = await Api.SendAsync(HttpMethod.Delete, $"/api/v2/orders/{Uuid}/", null, "Bearer sandbox-pact-token");

        Assert.Equal(200, delete.Code);
        Assert.Equal(0, await RowsAsync(Uuid));
        Assert.Equal(404, (await Api.SendAsync(HttpMethod.Get, $"/api/v2/orders/{Uuid}/", null, "Bearer sandbox-pact-token")).Code);
    }

    private async Task<int> RowsAsync(string uuid)
    {
        var list = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/?limit=1000", null, "Bearer sandbox-pact-token");
        return list.Json.AsArray().Count(o => o!["uuid"]!.GetValue<string>() == uuid);
    }
}
