using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

public sealed partial class CreateOrderV1Tests(ProviderFixture provider) : ProviderTest(provider)
{
    [GeneratedRegex(@"^O\d{6}_\d{5}$")]
    private static partial Regex AliasPattern();

    [Fact]
    public async Task Create_PageExample_AcceptedWithProviderFields()
    {
        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, V1Requests.PageExample(Api));

        Assert.True(response.Code == 200, response.Body);
        var order = response.Json;
        Assert.Equal("order", order["model"]!.GetValue<string>());
        Assert.Matches(AliasPattern(), order["alias"]!.GetValue<string>());
        Assert.Equal(Api.Operator(0)["operator_uuid"]!.GetValue<string>(), order["operator_uuid"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(order["order_uuid"]!.GetValue<string>()));
        Assert.NotNull(order["creation_date"]);
        Assert.NotNull(order["modification_date"]);
        Assert.Equal("draft", order["status"]!.GetValue<string>());
        Assert.Equal("standard", order["origin"]!.GetValue<string>());
        Assert.Equal("activate", order["activation_type"]!.GetValue<string>());
        Assert.Equal("S", order["product"]!["line"]!["family"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(order["product"]!["name"]!.GetValue<string>()));
        Assert.Equal("UNTEL02-1", order["operator_order_ref"]!.GetValue<string>());
        Assert.Equal("Commande pour client Untel", order["operator_order_name"]!.GetValue<string>());
        Assert.Equal("Commentaires", order["comment"]!.GetValue<string>());
        Assert.Equal("01234567", order["activation_info"]!["mandate_id"]!.GetValue<string>());
        Assert.Equal("111", order["enni"]!["enni_vlan"]!.GetValue<string>());
        Assert.Equal(Api.Contact(), order["contacts"]!["operator"]!["contact_uuid"]!.GetValue<string>());
        Assert.Equal("Prénom", order["contacts"]!["owner"]!["first_name"]!.GetValue<string>());
        Assert.Equal("Untel", order["owner"]!["name"]!.GetValue<string>());
        Assert.NotEmpty(order["endpoints"]!.AsArray());
    }

    [Fact]
    public async Task Create_PageExampleTypos_StoredInTheKitsSpelling()
    {
        var order = await V1Requests.CreateAsync(Api, V1Requests.PageExample(Api));

        // grt is read as gtr, unregistrated as unregistered (see OrderRequestV1).
        Assert.Null(order["options"]!["grt"]);
        Assert.Equal("4h_bhbd", order["options"]!["gtr"]!["value"]!.GetValue<string>());
        Assert.True(order["options"]!["gtr"]!["enabled"]!.GetValue<bool>());
        Assert.NotNull(order["options"]!["gtr"]!["default_value"]);
        Assert.Equal("unregistered", order["owner"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_BothGrtAndGtr_Rejected()
    {
        var body = V1Requests.PageExample(Api);
        body["options"]!["gtr"] = new JsonObject { ["enabled"] = true };

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Contains("options.grt", response.ErrorFields);
    }

    [Fact]
    public async Task Create_ActivateWithoutEndpoints_RejectedNamingEndpoints()
    {
        var body = V1Requests.Minimal(Api);
        body.Remove("endpoints");

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["endpoints"], response.ErrorFields);
        Assert.Contains("CRT-ENDPOINTS-V1", response.ErrorText);
    }

    [Fact]
    public async Task Create_ActivateWithEmptyEndpoints_Rejected()
    {
        var body = V1Requests.Minimal(Api);
        body["endpoints"] = new JsonArray();

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Contains("CRT-ENDPOINTS-V1", response.ErrorText);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("create_nearby")]
    [InlineData("create_neighbour")]
    public async Task Create_LineBuildingWithEndpoints_Rejected(string activationType)
    {
        var body = V1Requests.Minimal(Api, activationType);
        body["endpoints"] = new JsonArray(new JsonObject { ["endpoint_ref_type"] = "line_number", ["endpoint_ref"] = "0417101994" });

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["endpoints"], response.ErrorFields);
        Assert.Contains("CRT-ENDPOINTS-V1", response.ErrorText);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("create_nearby")]
    [InlineData("create_neighbour")]
    public async Task Create_LineBuilding_ShowsReferenceEndpointAndNoEndpoints(string activationType)
    {
        var order = await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api, activationType));

        Assert.Empty(order["endpoints"]!.AsArray());
        Assert.Equal("line_number", order["reference_endpoint"]!["endpoint_ref_type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(order["reference_endpoint"]!["endpoint_ref"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Create_EndpointWithoutRef_RejectedNamingTheItem()
    {
        var body = V1Requests.Minimal(Api);
        body["endpoints"] = new JsonArray(new JsonObject { ["endpoint_ref_type"] = "line_number" });

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["endpoints[0].endpoint_ref"], response.ErrorFields);
    }

    [Theory]
    [InlineData("B170516_00001", true)]
    [InlineData("B991231_99999", true)]
    [InlineData("O170516_00001", false)]
    [InlineData("B17051_00001", false)]
    [InlineData("B170516-00001", false)]
    [InlineData("b170516_00001", false)]
    [InlineData("", false)]
    public async Task Create_BatchAlias_MatchesPattern(string alias, bool accepted)
    {
        var body = V1Requests.Minimal(Api);
        body["batch_alias"] = alias;

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(accepted ? 200 : 400, response.Code);
        if (accepted)
        {
            Assert.Equal(alias, response.Json["batch_alias"]!.GetValue<string>());
        }
        else
        {
            Assert.Equal(["batch_alias"], response.ErrorFields);
            Assert.Contains("ORD-BATCH-ALIAS", response.ErrorText);
        }
    }

    [Fact]
    public async Task Create_OriginSent_IgnoredAndStandard()
    {
        var body = V1Requests.Minimal(Api);
        body["origin"] = "mass_migration";

        var order = await V1Requests.CreateAsync(Api, body);

        Assert.Equal("standard", order["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithoutActivationType_NamesTheV1Field()
    {
        var body = V1Requests.Minimal(Api);
        body.Remove("activation_type");

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Contains("activation_type", response.ErrorFields);
    }

    [Fact]
    public async Task Create_UnknownType_Rejected()
    {
        var body = V1Requests.Minimal(Api);
        body["type"] = "migrate";

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Contains("ORD-TYPE", response.ErrorText);
    }

    [Fact]
    public async Task Create_EnniProduct_Rejected()
    {
        var enniProduct = Api.Fixtures["products"]!["N"]![0]!.GetValue<string>();
        var body = V1Requests.Minimal(Api);
        body["product"] = new JsonObject { ["code"] = enniProduct };

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Contains("ORD-ENNI-READONLY", response.ErrorText);
    }

    [Fact]
    public async Task Create_WrongTypes_AllReportedInV1Names()
    {
        var body = V1Requests.Minimal(Api);
        body["owner"] = "Untel";
        body["contacts"] = new JsonObject { ["operator"] = new JsonObject { ["contact_uuid"] = 12 } };
        body["operator_order_ref"] = true;
        body["enni"] = new JsonArray();

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["contacts.operator.contact_uuid", "enni", "operator_order_ref", "owner"], response.ErrorFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_ForbiddenCharacterInOwner_NamesTheV1Field()
    {
        var body = V1Requests.Minimal(Api);
        body["owner"] = new JsonObject { ["type"] = "unregistered", ["name"] = "Untel & Fils" };
        body["contacts"] = new JsonObject { ["owner"] = new JsonObject { ["last_name"] = "O'Brien" } };

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["contacts.owner.last_name", "owner.name"], response.ErrorFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Create_UnknownContact_Rejected()
    {
        var body = V1Requests.Minimal(Api);
        body["contacts"] = new JsonObject { ["operator"] = new JsonObject { ["contact_uuid"] = "zzzzzzzz" } };

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["contacts.operator.contact_uuid"], response.ErrorFields);
    }

    [Fact]
    public async Task Create_OptionOutsideFamily_Rejected()
    {
        var body = V1Requests.Minimal(Api);
        body["options"] = new JsonObject { ["patch_panel"] = new JsonObject { ["enabled"] = true } };

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["options.patch_panel"], response.ErrorFields);
    }

    [Fact]
    public async Task Create_Terminate_ByServiceAlias()
    {
        var service = Api.Operator(0)["services"]!["copper"]![0]!;
        var body = new JsonObject { ["type"] = "terminate", ["service_alias"] = service["ref"]!.GetValue<string>() };

        var order = await V1Requests.CreateAsync(Api, body);

        Assert.Equal("terminate", order["type"]!.GetValue<string>());
        Assert.Equal(service["ref"]!.GetValue<string>(), order["service_alias"]!.GetValue<string>());
        Assert.Equal(service["uuid"]!.GetValue<string>(), order["service_uuid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnknownServiceAlias_NamesTheV1Field()
    {
        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, new JsonObject { ["type"] = "terminate", ["service_alias"] = "S000000_00000" });

        Assert.Equal(400, response.Code);
        Assert.Equal(["service_alias"], response.ErrorFields);
    }
}
