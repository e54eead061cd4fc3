using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class FaultTests(ProviderFixture provider) : ProviderTest(provider)
{
    private Task<ApiResponse> FaultAsync(string json) =>
        Api.SendAsync(HttpMethod.Post, "/_simulator/faults/", null, null, raw: json, simulator: true);

    [Fact]
    public async Task Throttle_NextRequestOfTheRoute_Is429WithRetryAfterThenServed()
    {
        Assert.Equal(200, (await FaultAsync("""{"kind":"throttle","route":"GET /api/v2/orders/","retry_after":7,"count":1}""")).Code);

        var elsewhere = await Api.CallAsync(HttpMethod.Get, "/api/events/");
        var throttled = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");
        var served = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");

        Assert.Equal(200, elsewhere.Code);
        Assert.Equal(429, throttled.Code);
        Assert.Equal("7", throttled.Header("Retry-After"));
        Assert.StartsWith("KOSC_", throttled.Json["apirequest_uuid"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, served.Code);
        var entry = (await Api.ControlAsync(HttpMethod.Get, "/_simulator/traffic/?status=429")).Json["entries"]![0]!;
        Assert.Equal("throttle", entry["fault"]!.GetValue<string>());
        Assert.Empty(entry["rules"]!.AsArray());
        var fault = (await Api.ControlAsync(HttpMethod.Get, "/_simulator/faults/")).Json["faults"]![0]!;
        Assert.Equal(1, fault["applied"]!.GetValue<int>());
        Assert.True(fault["exhausted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Unavailable_ForAnotherOperator_LeavesThisOneAlone()
    {
        var other = Api.Operator(1)["operator_uuid"]!.GetValue<string>();
        await FaultAsync($$"""{"kind":"unavailable","operator_uuid":"{{other}}","route":"GET /api/v2/orders/"}""");

        var mine = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");
        var theirs = await Api.AsAsync(Api.Operator(1)["users"]![0]!["email"]!.GetValue<string>(), HttpMethod.Get, "/api/v2/orders/");

        Assert.Equal(200, mine.Code);
        Assert.Equal(503, theirs.Code);
        Assert.Equal("Service temporarily unavailable, try again later.", theirs.Json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fraction_HitsEverySecondMatchingRequest()
    {
        await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");
        await FaultAsync("""{"kind":"unavailable","route":"/api/v2/orders/","fraction":0.5}""");

        var codes = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/")).Code);
        }

        Assert.Equal([200, 503, 200, 503], codes);
    }

    [Fact]
    public async Task Drop_AfterServing_ClosesTheConnectionButTheOrderExists()
    {
        await FaultAsync("""{"kind":"drop","route":"POST /api/v2/orders/","count":1}""");
        var body = new JsonObject
        {
            ["type"] = "activate", ["eligibility_ref"] = Api.Eligibility("copper", "activate"), ["product"] = new JsonObject { ["code"] = "AM01" },
            ["request_type"] = "activate",
        };

        await Assert.ThrowsAnyAsync<Exception>(() => Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", body));

        var entry = (await Api.ControlAsync(HttpMethod.Get, "/_simulator/traffic/?status=failed")).Json["entries"]![0]!;
        Assert.Equal(0, entry["status"]!.GetValue<int>());
        Assert.Equal(200, entry["dropped_status"]!.GetValue<int>());
        var uuid = entry["order_uuid"]!.GetValue<string>();
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Code);
    }

    [Fact]
    public async Task Latency_IsRecordedAndTheRequestServed()
    {
        await FaultAsync("""{"kind":"latency","latency_ms":1,"count":1}""");

        var served = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");

        Assert.Equal(200, served.Code);
        var entries = (await Api.ControlAsync(HttpMethod.Get, "/_simulator/traffic/")).Json["entries"]!.AsArray();
        Assert.Contains(entries, e => e!["fault"]?.GetValue<string>() == "latency 1 ms");
    }

    [Theory]
    [InlineData("""{"kind":"throttle","retry_after":-1}""", "retry_after")]
    [InlineData("""{"kind":"latency"}""", "latency_ms")]
    [InlineData("""{"kind":"drop","route":"orders"}""", "route")]
    [InlineData("""{"kind":"throttle","fraction":2}""", "fraction")]
    [InlineData("""{"kind":"throttle","operator_uuid":"nobody"}""", "operator_uuid")]
    [InlineData("""{"kind":"throttle","count":1,"every":2}""", "every")]
    [InlineData("""{"faults":[{"kind":"throttle"},{"kind":"boom"}]}""", "faults[1].kind")]
    public async Task Add_BadFault_Is400NamingTheField(string json, string field)
    {
        var refused = await FaultAsync(json);

        Assert.Equal(400, refused.Code);
        Assert.Equal([field], refused.ErrorFields);
        Assert.Contains("SIM-FAULT", refused.ErrorText, StringComparison.Ordinal);
        Assert.Empty((await Api.ControlAsync(HttpMethod.Get, "/_simulator/faults/")).Json["faults"]!.AsArray());
    }

    [Fact]
    public async Task Delete_ClearsEveryFault()
    {
        await FaultAsync("""{"kind":"unavailable"}""");

        var cleared = await Api.SendAsync(HttpMethod.Delete, "/_simulator/faults/", null, null, simulator: true);

        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/")).Code);
        Assert.Empty(cleared.Json["faults"]!.AsArray());
    }

    [Fact]
    public async Task Faults_WithoutTheSimulatorKey_Are403()
    {
        var refused = await Api.SendAsync(HttpMethod.Post, "/_simulator/faults/", new JsonObject { ["kind"] = "unavailable" }, null);

        Assert.Equal(403, refused.Code);
    }
}
