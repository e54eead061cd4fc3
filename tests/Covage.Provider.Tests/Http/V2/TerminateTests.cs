using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class TerminateTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<string> FreshServiceAsync()
    {
        var answer = await Api.ControlAsync(HttpMethod.Post, "/_simulator/services/",
            new JsonObject { ["operator_uuid"] = Api.Operator(0)["operator_uuid"]!.DeepClone(), ["product_code"] = "AM01" });
        Assert.True(answer.Code == 200, answer.Body);
        return answer.Json["uuid"]!.GetValue<string>();
    }

    private async Task<string> TerminateDraftAsync(string service)
    {
        var created = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service });
        Assert.True(created.Code == 200, created.Body);
        var uuid = created.Json["uuid"]!.GetValue<string>();
        var filled = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete(contact: Api.Contact()));
        Assert.True(filled.Code == 200, filled.Body);
        return uuid;
    }

    private Task<ApiResponse> SubmitAsync(string uuid) =>
        Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });

    private async Task<string[]> EventTypesAsync(string uuid) =>
        [.. (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}&sort=creation_date")).Json.AsArray().Select(e => e!["type"]!.GetValue<string>())];

    [Fact]
    public async Task Submit_TerminateOrder_EndsTheServiceAtOnce()
    {
        var service = await FreshServiceAsync();
        var uuid = await TerminateDraftAsync(service);

        var submitted = await SubmitAsync(uuid);

        Assert.Equal(200, submitted.Code);
        Assert.Equal("submitted", submitted.Json["status"]!.GetValue<string>());
        Assert.Equal(["service-terminated"], await EventTypesAsync(service));
    }

    [Fact]
    public async Task Submit_SecondTerminateDraftOfAnEndedService_Answers400NamingServiceUuid()
    {
        var service = await FreshServiceAsync();
        var first = await TerminateDraftAsync(service);
        var second = await TerminateDraftAsync(service);
        Assert.Equal(200, (await SubmitAsync(first)).Code);

        var refused = await SubmitAsync(second);

        Assert.Equal(400, refused.Code);
        Assert.Equal(["service_uuid"], refused.ErrorFields);
        Assert.Contains("SUB-TERMINATE-IMMEDIATE: ", refused.ErrorText, StringComparison.Ordinal);
        Assert.Equal("draft", (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{second}/")).Json["status"]!.GetValue<string>());
        Assert.Equal(["service-terminated"], await EventTypesAsync(service));
    }

    [Fact]
    public async Task Create_TerminateOfTheServiceACompletedOrderCreated_PrefillsTheContactOnly()
    {
        var activation = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        foreach (var to in new[] { "acknowledged", "running", "completed" })
        {
            Assert.Equal(200, (await Api.DriveAsync(activation, to)).Code);
        }

        var service = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{activation}/")).Json["service_uuid"]!.GetValue<string>();

        var created = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service });

        Assert.True(created.Code == 200, created.Body);
        var info = created.Json["operator_info"]!.AsObject();
        Assert.Equal(["contact_uuid"], info.Select(p => p.Key));
    }
}
