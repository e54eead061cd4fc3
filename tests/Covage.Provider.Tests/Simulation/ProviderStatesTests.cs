using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class ProviderStatesTests : ProviderTest
{
    private Task<ApiResponse> StateAsync(string state, JsonObject? parameters = null, string action = "setup") =>
        Api.ControlAsync(HttpMethod.Post, "/_simulator/provider-states", new JsonObject { ["state"] = state, ["params"] = parameters ?? [], ["action"] = action });

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
}
