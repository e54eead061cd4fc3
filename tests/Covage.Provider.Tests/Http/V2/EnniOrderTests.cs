using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class EnniOrderTests(ProviderFixture provider) : ProviderTest(provider)
{
    private string Enni => Api.Operator(0)["enni_orders"]![0]!.GetValue<string>();

    [Fact]
    public async Task Get_EnniOrder_HasTheDefaultGtr()
    {
        var order = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{Enni}/")).Json;

        Assert.Equal("4h_24_7", order["options"]!["gtr"]!["value"]!.GetValue<string>());
        Assert.Equal("4h_24_7", order["options"]!["gtr"]!["default_value"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetV1_EnniOrder_ShowsItsPop()
    {
        var order = (await Api.CallAsync(HttpMethod.Get, $"/api/orders/{Enni}/")).Json;

        Assert.Equal(["address", "code", "housing", "interface"], order["pop"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PostInfo_EnniOrder_Answers403AndRecordsNothing()
    {
        var response = await Api.CallAsync(HttpMethod.Post, $"/api/v2/orders/{Enni}/events/info/", new JsonObject { ["message"] = "hello" });

        Assert.Equal(403, response.Code);
        Assert.Empty((await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={Enni}")).Json.AsArray());
    }

    [Theory]
    [InlineData("order-sensibleaccess")]
    [InlineData("order-info")]
    [InlineData("order-dropped")]
    public async Task Inject_EnniOrder_RefusedAsOutsideTheMatrix(string type)
    {
        var response = await Api.ControlAsync(HttpMethod.Post, $"/_simulator/orders/{Enni}/events/", new JsonObject { ["type"] = type });

        Assert.Equal(409, response.Code);
        Assert.Contains("EVT-MATRIX: ", response.ErrorText, StringComparison.Ordinal);
    }
}
