using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed partial class CreateOrderTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Create_CopperActivate_AnswersDraftWithExpandedProductAndBounds()
    {
        var order = await Api.CreateAsync();

        Assert.Equal("draft", order["status"]!.GetValue<string>());
        Assert.Matches(ReferencePattern(), order["reference"]!.GetValue<string>());
        Assert.Matches(UuidPattern(), order["uuid"]!.GetValue<string>());
        Assert.Equal("ADSL-Max_FULL_BE_KOSC", order["product"]!["name"]!.GetValue<string>());
        Assert.Equal("A", order["product"]!["line"]!["family"]!["code"]!.GetValue<string>());
        Assert.Equal("line_number", order["bounds"]![0]!["endpoints"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("activate", order["request_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ReferenceCarriesCreationDate()
    {
        var order = await Api.CreateAsync();
        var created = DateTimeOffset.Parse(order["creation_date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal($"O{created:yyMMdd}_", order["reference"]!.GetValue<string>()[..8]);
    }

    [Theory]
    [InlineData("modify")]
    [InlineData("")]
    [InlineData("ACTIVATE")]
    public async Task Create_UnknownType_Answers400NamingType(string type)
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = type });

        Assert.Equal(400, response.Code);
        Assert.Contains("type", response.ErrorFields);
    }

    [Fact]
    public async Task Create_ActivateWithNothing_ListsEveryMissingField()
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "activate" });

        Assert.Equal(400, response.Code);
        Assert.Equal(["eligibility_ref", "product.code", "request_type"], response.ErrorFields.Order());
        Assert.Equal("Invalid input", response.Json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_UnknownProduct_Answers400()
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility("copper", "activate"),
            ["product"] = new JsonObject { ["code"] = "ZZ99" },
            ["request_type"] = "activate",
        });

        Assert.Equal(400, response.Code);
        Assert.Contains("product.code", response.ErrorFields);
    }

    [Theory]
    [InlineData("copper", "activate", "AM01", true)]
    [InlineData("copper", "create_nearby", "SD01", true)]
    [InlineData("copper", "activate_defined", "AM01", false)]
    [InlineData("fiber", "activate_defined", "FP01", true)]
    [InlineData("fiber", "create", "FP05", true)]
    [InlineData("fiber", "create_neighbour", "FP01", false)]
    [InlineData("fiber", "activate", "FP01", false)]
    public async Task Create_RequestTypePerTechnology(string technology, string requestType, string product, bool accepted)
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility(technology, technology == "fiber" ? "create" : "activate"),
            ["product"] = new JsonObject { ["code"] = product },
            ["request_type"] = requestType,
        });

        Assert.Equal(accepted ? 200 : 400, response.Code);
        if (!accepted)
        {
            Assert.Contains("request_type", response.ErrorFields);
        }
    }

    [Fact]
    public async Task Create_EnniProduct_IsRefused()
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility("copper", "activate"),
            ["product"] = new JsonObject { ["code"] = "EN01" },
            ["request_type"] = "activate",
        });

        Assert.Equal(400, response.Code);
        Assert.Contains("ORD-ENNI-READONLY", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AnotherOperatorsEligibility_IsRefused()
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility("copper", "activate", op: 1),
            ["product"] = new JsonObject { ["code"] = "AM01" },
            ["request_type"] = "activate",
        });

        Assert.Equal(400, response.Code);
        Assert.Contains("eligibility_ref", response.ErrorFields);
    }

    [Fact]
    public async Task Create_TerminateByServiceUuid_PrefillsFromTheService()
    {
        var service = Api.Operator(0)["services"]!["copper"]![0]!;
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "terminate",
            ["service_uuid"] = service["uuid"]!.GetValue<string>(),
        });

        Assert.Equal(200, response.Code);
        Assert.Equal(service["ref"]!.GetValue<string>(), response.Json["service_ref"]!.GetValue<string>());
        Assert.Equal("registered", response.Json["end_customer"]!["type"]!.GetValue<string>());
        Assert.NotNull(response.Json["operator_info"]!["contact_uuid"]);
        Assert.Equal(service["product_code"]!.GetValue<string>(), response.Json["product"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_TerminateByServiceRef_Works()
    {
        var service = Api.Operator(0)["services"]!["fiber"]![0]!;
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_ref"] = service["ref"]!.GetValue<string>() });

        Assert.Equal(200, response.Code);
        Assert.Equal(service["uuid"]!.GetValue<string>(), response.Json["service_uuid"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("enni", "ORD-ENNI-NO-TERMINATE")]
    [InlineData("fiber_enterprise", "CRT-TERMINATE-FAMILIES")]
    public async Task Create_TerminateOfAServiceThatCannotBeTerminated_IsRefused(string kind, string rule)
    {
        var service = Api.Operator(0)["services"]![kind]![0]!;
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service["uuid"]!.GetValue<string>() });

        Assert.Equal(400, response.Code);
        Assert.Contains(rule, response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TerminateWithoutService_Answers400()
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate" });

        Assert.Equal(400, response.Code);
        Assert.Contains("CRT-TERMINATE-REF", response.ErrorText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FP05", "activate_defined", true)]
    [InlineData("FP05", "create", false)]
    [InlineData("FP01", "activate_defined", false)]
    public async Task Create_AllowSecondRdv_OnlyFp05ActivateTypes(string product, string requestType, bool accepted)
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility("fiber", requestType),
            ["product"] = new JsonObject { ["code"] = product },
            ["request_type"] = requestType,
            ["allow_second_rdv"] = true,
        });

        Assert.Equal(accepted ? 200 : 400, response.Code);
    }

    [Fact]
    public async Task Create_OptionWithValue_GetsDefaultValue()
    {
        var order = await Api.CreateAsync("fiber", "activate_defined", "FP01", extra: new JsonObject
        {
            ["options"] = new JsonObject { ["contract_term"] = new JsonObject { ["enabled"] = true, ["value"] = "36_months" } },
        });

        Assert.Equal("12_months", order["options"]!["contract_term"]!["default_value"]!.GetValue<string>());
        Assert.Equal("36_months", order["options"]!["contract_term"]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("copper", "activate", "AM01", "portability", true)]
    [InlineData("copper", "activate", "AM01", "patch_panel", false)]
    [InlineData("fiber", "create", "FP01", "double_otp", true)]
    [InlineData("fiber", "activate_defined", "FP01", "double_otp", false)]
    [InlineData("fiber", "activate_undefined", "FP01", "otp_displacement", true)]
    [InlineData("fiber", "create", "FP01", "otp_displacement", false)]
    [InlineData("fiber", "create", "FE01", "patch_panel", true)]
    [InlineData("copper", "activate", "SD01", "enni_redundancy", true)]
    [InlineData("copper", "activate", "AM01", "cpe_install", false)]
    public async Task Create_OptionsByFamilyAndRequestType(string technology, string requestType, string product, string option, bool accepted)
    {
        var response = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Api.Eligibility(technology, requestType),
            ["product"] = new JsonObject { ["code"] = product },
            ["request_type"] = requestType,
            ["options"] = new JsonObject { [option] = new JsonObject { ["enabled"] = true } },
        });

        Assert.Equal(accepted ? 200 : 400, response.Code);
        if (!accepted)
        {
            Assert.Contains($"options.{option}", response.ErrorFields);
        }
    }

    [Fact]
    public async Task Create_Portability_FillsReadOnlyFields()
    {
        var order = await Api.CreateAsync(extra: new JsonObject
        {
            ["options"] = new JsonObject { ["portability"] = new JsonObject { ["enabled"] = true, ["prefix_code"] = "01" } },
        });

        var portability = order["options"]!["portability"]!;
        Assert.NotNull(portability["contract_ref"]);
        Assert.NotNull(portability["operator_code"]);
        Assert.Equal("01", portability["prefix_code"]!.GetValue<string>());
    }

    [GeneratedRegex(@"^O\d{6}_\d{5}$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();
}
