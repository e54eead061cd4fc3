using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class BoundsAndEndpointsTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Theory]
    [InlineData("fiber", "create", "FP01", "stairs", true)]
    [InlineData("fiber", "activate_undefined", "FP01", "floor", true)]
    [InlineData("fiber", "activate_defined", "FP01", "stairs", false)]
    [InlineData("copper", "create_neighbour", "AM01", "street_number", true)]
    [InlineData("copper", "create_neighbour", "AM01", "stairs", false)]
    [InlineData("copper", "activate", "AM01", "street_number", false)]
    public async Task PatchBound_FieldsAllowedByRequestType(string technology, string requestType, string product, string field, bool accepted)
    {
        var order = await Api.CreateAsync(technology, requestType, product);
        var bound = order["bounds"]![0]!["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{order["uuid"]}/bounds/{bound}/", new JsonObject
        {
            ["address"] = new JsonObject { [field] = "C" },
        });

        Assert.Equal(accepted ? 200 : 400, response.Code);
        if (accepted)
        {
            Assert.Equal("C", response.Json["address"]![field]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task PatchBound_ForbiddenCharacter_NamesTheBoundField()
    {
        var order = await Api.CreateAsync("fiber", "create", "FP01");
        var bound = order["bounds"]![0]!["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{order["uuid"]}/bounds/{bound}/", new JsonObject
        {
            ["address"] = new JsonObject { ["stairs"] = "C/1" },
        });

        Assert.Equal(400, response.Code);
        Assert.Equal(["bounds[0].address.stairs"], response.ErrorFields);
    }

    [Theory]
    [InlineData("NA^1", 200)]
    [InlineData("NB^1", 400)]
    public async Task PatchBound_StairsOutsideTheSet_AcceptedOnlyWhenTheBuildingPublishesThem(string stairs, int expected)
    {
        var order = await Api.CreateAsync("fiber", "create", "FP01");
        var bound = order["bounds"]![0]!["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{order["uuid"]}/bounds/{bound}/", new JsonObject
        {
            ["address"] = new JsonObject { ["stairs"] = stairs },
        });

        Assert.True(response.Code == expected, response.Body);
        if (expected == 200)
        {
            Assert.Equal(stairs, response.Json["address"]!["stairs"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("FI-1234-4234", true)]
    [InlineData("FIE-2523-4523", true)]
    [InlineData("F1-abcd-EFGH", true)]
    [InlineData("fi-1234-4234", false)]
    [InlineData("FI-123-4234", false)]
    [InlineData("FIEE-2523-4523", false)]
    [InlineData("FI_1234_4234", false)]
    [InlineData("FI-1234-4234\n", false)]
    [InlineData("", false)]
    public async Task PatchEndpoint_OtpPatterns(string reference, bool accepted)
    {
        var order = await Api.CreateAsync("fiber", "activate_defined", "FP01");
        var endpoint = order["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{order["uuid"]}/endpoints/{endpoint}/", new JsonObject { ["reference"] = reference });

        Assert.Equal(accepted ? 200 : 400, response.Code);
        if (accepted)
        {
            Assert.Equal(reference, response.Json["reference"]!.GetValue<string>());
        }
        else
        {
            Assert.Contains("OTP-PATTERN", response.ErrorText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PatchEndpoint_ValidButUnknownOtp_AcceptedWithoutFilling()
    {
        var order = await Api.CreateAsync("fiber", "activate_defined", "FP01");
        var uuid = order["uuid"]!.GetValue<string>();
        var endpoint = order["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();
        var before = order["bounds"]![0]!["address"]!.ToJsonString();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/endpoints/{endpoint}/", new JsonObject { ["reference"] = "ZZ-0000-0000" });

        Assert.Equal(200, response.Code);
        Assert.Equal("ZZ-0000-0000", response.Json["reference"]!.GetValue<string>());
        var after = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json["bounds"]![0]!;
        Assert.Equal(before, after["address"]!.ToJsonString());
        Assert.Equal("ZZ-0000-0000", after["endpoints"]![0]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchEndpoint_SubmittedOrder_Is409AndUnchanged()
    {
        var order = await Api.SubmittedAsync("fiber", "activate_defined", "FP01");
        var uuid = order["uuid"]!.GetValue<string>();
        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;
        var endpoint = JsonNode.Parse(before)!["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/endpoints/{endpoint}/", new JsonObject { ["reference"] = "FI-4672-5988" });

        Assert.Equal(409, response.Code);
        Assert.Contains("UPD-DRAFT-ONLY", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal(before, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body);
    }

    [Fact]
    public async Task PatchEndpoint_KnownOtp_FillsStairsAndFloorFromTheBuilding()
    {
        var otp = Api.Fixtures["buildings"]![0]!["otps"]!.AsArray().First(o => o!["floor"]!.GetValue<string>() == "3")!;
        var order = await Api.CreateAsync("fiber", "activate_defined", "FP01");
        var uuid = order["uuid"]!.GetValue<string>();
        var endpoint = order["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();

        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/endpoints/{endpoint}/", new JsonObject { ["reference"] = otp["reference"]!.GetValue<string>() });

        var address = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json["bounds"]![0]!["address"]!;
        Assert.Equal(otp["stairs"]!.GetValue<string>(), address["stairs"]!.GetValue<string>());
        Assert.Equal("3", address["floor"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fiber", "activate_undefined", "FP01")]
    [InlineData("copper", "activate", "AM01")]
    public async Task PatchEndpoint_NotActivateDefined_IsRefused(string technology, string requestType, string product)
    {
        var order = await Api.CreateAsync(technology, requestType, product);
        var endpoint = order["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{order["uuid"]}/endpoints/{endpoint}/", new JsonObject { ["reference"] = "FI-1234-4234" });

        Assert.Equal(400, response.Code);
        Assert.Contains("UPD-OTP-ONLY-ACTIVATE-DEFINED", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatchEndpoint_AfterSwitchingToActivateDefined_IsAccepted()
    {
        var order = await Api.CreateAsync("fiber", "activate_undefined", "FP01");
        var uuid = order["uuid"]!.GetValue<string>();
        var endpoint = order["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["request_type"] = "activate_defined" });

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/endpoints/{endpoint}/", new JsonObject { ["reference"] = "FIE-2523-4523" });

        Assert.Equal(200, response.Code);
    }

    [Fact]
    public async Task Buildings_IncludeOtpRef_ListsOtpsPerFloor()
    {
        var response = await Api.CallAsync(HttpMethod.Get, "/api/v2/eligibility/buildings/IMB/76540/X/043X/?include_otp_ref=true");

        Assert.Equal(200, response.Code);
        Assert.Equal("FI-4565-9406", response.Json["stairs_with_otp_ref"]!["NA^1"]!["5"]![0]!.GetValue<string>());
        var stairs = await Api.CallAsync(HttpMethod.Get, "/api/v2/eligibility/buildings/IMB%2F76540%2FX%2F043X/?include_stairs=true");
        Assert.Equal(6, stairs.Json["stairs"]!["NA^1"]!.AsArray().Count);
    }
}
