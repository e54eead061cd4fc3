using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class SecondAppointmentTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<string> Fp05WithSecondAppointmentAsync() =>
        (await Api.CreateAsync("fiber", "activate_defined", "FP05", extra: new JsonObject { ["allow_second_rdv"] = true }))["uuid"]!.GetValue<string>();

    [Fact]
    public async Task Patch_RequestTypeCreateKeepingTheSecondAppointment_Answers400AndChangesNothing()
    {
        var uuid = await Fp05WithSecondAppointmentAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["request_type"] = "create" });

        Assert.Equal(400, response.Code);
        Assert.Equal(["allow_second_rdv"], response.ErrorFields);
        var order = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json;
        Assert.Equal("activate_defined", order["request_type"]!.GetValue<string>());
        Assert.True(order["allow_second_rdv"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Patch_RequestTypeCreateGivingUpTheSecondAppointment_Accepted()
    {
        var uuid = await Fp05WithSecondAppointmentAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["request_type"] = "create", ["allow_second_rdv"] = false });

        Assert.True(response.Code == 200, response.Body);
        Assert.Equal("create", response.Json["request_type"]!.GetValue<string>());
        Assert.False(response.Json["allow_second_rdv"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Patch_RequestTypeActivateUndefinedKeepingTheSecondAppointment_Accepted()
    {
        var uuid = await Fp05WithSecondAppointmentAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["request_type"] = "activate_undefined" });

        Assert.True(response.Code == 200, response.Body);
        Assert.True(response.Json["allow_second_rdv"]!.GetValue<bool>());
    }
}
