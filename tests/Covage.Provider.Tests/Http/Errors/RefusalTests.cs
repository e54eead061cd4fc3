using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Errors;

public sealed class RefusalTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task RefusedPatch_LeavesTheOrderByteIdentical()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;

        var refused = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject
        {
            ["comment"] = "a valid comment",
            ["end_customer"] = new JsonObject { ["type"] = "registered", ["name"] = "Bad/Name", ["siret"] = "123" },
            ["options"] = new JsonObject { ["patch_panel"] = new JsonObject { ["enabled"] = true } },
        });
        var after = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;

        Assert.Equal(400, refused.Code);
        Assert.Contains("end_customer.siret", refused.ErrorFields);
        Assert.Contains("end_customer.name", refused.ErrorFields);
        Assert.Contains("options.patch_panel", refused.ErrorFields);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Create_WithoutEligibility_StillListsEndCustomerProblems()
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["product"] = new JsonObject { ["code"] = "AM01" },
            ["request_type"] = "activate",
            ["end_customer"] = new JsonObject { ["name"] = "O'Neil", ["contact"] = new JsonObject { ["email"] = 12 } },
            ["operator_info"] = new JsonObject { ["contact_uuid"] = "not-mine" },
        });

        Assert.Equal(400, response.Code);
        Assert.Contains("eligibility_ref", response.ErrorFields);
        Assert.Contains("end_customer.name", response.ErrorFields);
        Assert.Contains("end_customer.contact.email", response.ErrorFields);
        Assert.Contains("operator_info.contact_uuid", response.ErrorFields);
    }

    [Theory]
    [InlineData("DELETE", "/api/v2/orders/")]
    [InlineData("PUT", "/api/v2/orders/00000000-0000-0000-0000-000000000000/")]
    [InlineData("POST", "/api/events/")]
    public async Task WrongMethod_Is405InTheEnvelope(string method, string path)
    {
        var response = await Api.SendAsync(new HttpMethod(method), path, new JsonObject(), "Bearer " + await Api.TokenAsync("delivery@alpha.example"));

        Assert.Equal(405, response.Code);
        Assert.StartsWith("KOSC_", response.Json["apirequest_uuid"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> ClientMistakes => new()
    {
        { "POST", "/api/v2/orders/", "{\"type\":[],\"product\":{\"code\":{}},\"end_customer\":{\"contact\":[]},\"options\":{\"gtr\":7}}" },
        { "POST", "/api/v2/orders/", "{\"type\":\"activate\",\"operator_info\":{\"order_ref\":1e400}}" },
        { "POST", "/api/v2/orders/", "{\"type\":\"terminate\",\"service_uuid\":null,\"service_ref\":false}" },
        { "POST", "/api/v2/orders/", "{\"a\":" + new string('[', 200) + "}" },
        { "POST", "/api/v2/orders/", "\uFEFF{}" },
        { "POST", "/api/v2/orders/", "{\"type\":\"activate\",\"allow_second_rdv\":\"yes\",\"address_second_rdv\":[1]}" },
        { "GET", "/api/v2/orders/?limit=99999999999999999999&offset=-3&sort=", "" },
        { "GET", "/api/events/?after=%%%&limit=0&size=x&direction=sideways&sort=uuid&object_type=cat", "" },
        { "GET", "/api/events/?after=WyJub3QgYSBkYXRlIiwieCJd", "" },
        { "GET", "/api/v2/eligibility/buildings/IMB%2F00000%2FX%2F0000/?include_stairs=maybe", "" },
        { "POST", "/api/v2/account/token/", "{\"email\":[],\"password\":{}}" },
        { "POST", "/api/v2/account/token/refresh/", "{\"refresh\":42}" },
        { "POST", "/api/v2/account/token/verify/", "[]" },
    };

    [Theory]
    [MemberData(nameof(ClientMistakes))]
    public async Task ClientMistake_NeverReachesTheServerFaultHandler(string method, string path, string raw)
    {
        var response = await Api.SendAsync(new HttpMethod(method), path, null, "Bearer " + await Api.TokenAsync("delivery@alpha.example"), raw.Length == 0 ? null : raw);

        Assert.InRange(response.Code, 400, 499);
        Assert.DoesNotContain("Unable to serve your request", response.Body, StringComparison.Ordinal);
        Assert.StartsWith("KOSC_", response.Json["apirequest_uuid"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrderMistakes_OnEveryWriteRoute_AreClientErrors()
    {
        var order = await Api.CreateAsync("fiber", "activate_defined", "FP01");
        var uuid = order["uuid"]!.GetValue<string>();
        var bound = order["bounds"]![0]!["uuid"]!.GetValue<string>();
        var endpoint = order["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();
        string[] bodies = ["{\"address\":\"x\"}", "{\"address\":{\"stairs\":[1]}}", "{\"reference\":{}}", "{\"status\":{}}", "{\"message\":[]}", "{}"];
        string[] paths = [$"/api/v2/orders/{uuid}/", $"/api/v2/orders/{uuid}/bounds/{bound}/", $"/api/v2/orders/{uuid}/endpoints/{endpoint}/", $"/api/v2/orders/{uuid}/events/info/"];

        foreach (var path in paths)
        {
            foreach (var body in bodies)
            {
                var method = path.EndsWith("info/", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Patch;
                var response = await Api.SendAsync(method, path, null, "Bearer " + await Api.TokenAsync("delivery@alpha.example"), body);
                Assert.True(response.Code < 500, $"{path} {body}: {response.Code} {response.Body}");
            }
        }
    }
}
