using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class InfoThrottleTests(ProviderFixture provider) : ProviderTest(provider)
{
    private static JsonObject Message => new() { ["message"] = "Hello there" };

    private Task<ApiResponse> AdvanceAsync(double seconds) =>
        Api.ControlAsync(HttpMethod.Post, "/_simulator/clock/advance/", new JsonObject { ["seconds"] = seconds });

    [Fact]
    public async Task Info_SecondWithinFiveMinutes_Is429_AndAcceptedAtFiveMinutes()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();

        var first = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);
        await AdvanceAsync(299);
        var tooSoon = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info", Message);
        await AdvanceAsync(1);
        var onTime = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);

        Assert.Equal(200, first.Code);
        Assert.Equal("Event was successfully created, please wait 5 minutes before trying again on this order", first.Json["info"]!.GetValue<string>());
        Assert.Equal(429, tooSoon.Code);
        Assert.NotNull(tooSoon.Header("Retry-After"));
        Assert.Equal(200, onTime.Code);
        var infos = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json.AsArray().Count(e => e!["type"]!.GetValue<string>() == "order-info");
        Assert.Equal(2, infos);
    }

    [Fact]
    public async Task Info_Throttled_TellsTheRemainingWaitInTheEnvelope()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);
        await AdvanceAsync(240);

        var throttled = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);

        Assert.Equal(429, throttled.Code);
        Assert.InRange(int.Parse(throttled.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.StartsWith("KOSC_", throttled.Json["apirequest_uuid"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("throttled", throttled.Json["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Info_OnTerminateOrder_Is409NamingTheMatrix()
    {
        var service = Api.Operator(0)["services"]!["copper"]![0]!["uuid"]!.GetValue<string>();
        var created = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service });
        var uuid = created.Json["uuid"]!.GetValue<string>();
        var fill = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete(contact: Api.Contact()));
        Assert.True(fill.Code == 200, fill.Body);
        var submit = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });
        Assert.True(submit.Code == 200, submit.Body);

        var response = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);

        Assert.Equal(409, response.Code);
        Assert.Contains("EVT-MATRIX", response.ErrorText, StringComparison.Ordinal);
        var events = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json.AsArray();
        Assert.DoesNotContain(events, e => e!["type"]!.GetValue<string>() == "order-info");
    }

    [Fact]
    public async Task Info_ThrottleIsPerOrder()
    {
        var first = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        var second = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();

        await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{first}/events/info/", Message);
        var other = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{second}/events/info/", Message);

        Assert.Equal(200, other.Code);
    }

    [Fact]
    public async Task Info_UserOutsideAdminAndDelivery_Is403()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();

        var response = await Api.AsAsync("viewer@alpha.example", HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);
        var admin = await Api.AsAsync("admin@alpha.example", HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);

        Assert.Equal(403, response.Code);
        Assert.Equal(200, admin.Code);
    }

    [Fact]
    public async Task Info_OnDraft_IsRefused_WithoutEvent()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", Message);

        Assert.Equal(409, response.Code);
        Assert.Empty((await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json.AsArray());
    }

    [Fact]
    public async Task Info_WithStopDeferred_IsInTheEventData()
    {
        var uuid = (await Api.SubmittedAsync("fiber", "activate_undefined", "FP01"))["uuid"]!.GetValue<string>();

        await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", new JsonObject { ["message"] = "Fixed", ["stop_deferred"] = true });

        var info = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json[0]!;
        Assert.Equal("order-info", info["type"]!.GetValue<string>());
        Assert.True(info["data"]!["stop_deferred"]!.GetValue<bool>());
    }
}
