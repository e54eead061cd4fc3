using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

public sealed class ReplaceOrderV1Tests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<(string Uuid, JsonObject Document)> ExampleDraftAsync()
    {
        var order = await V1Requests.CreateAsync(Api, V1Requests.PageExample(Api));
        return (V1Requests.Uuid(order), order.AsObject());
    }

    [Fact]
    public async Task Put_WhitelistedFields_Applied()
    {
        var (uuid, document) = await ExampleDraftAsync();
        document["comment"] = "Second thoughts";
        document["operator_order_ref"] = "UNTEL02-2";
        document["operator_order_name"] = "Renamed";
        document["owner"] = new JsonObject { ["type"] = "individual", ["first_name"] = "Jean", ["last_name"] = "Untel" };
        document["enni"] = new JsonObject { ["enni_vlan"] = "222", ["enni_service_ref"] = "S20181102_12001" };
        document["batch_alias"] = "B170516_00042";
        document["options"] = new JsonObject { ["gtr"] = new JsonObject { ["enabled"] = true, ["value"] = "4h_24_7" } };

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.True(response.Code == 200, response.Body);
        var read = (await V1Requests.GetAsync(Api, uuid)).Json;
        Assert.Equal("Second thoughts", read["comment"]!.GetValue<string>());
        Assert.Equal("UNTEL02-2", read["operator_order_ref"]!.GetValue<string>());
        Assert.Equal("Renamed", read["operator_order_name"]!.GetValue<string>());
        Assert.Equal("individual", read["owner"]!["type"]!.GetValue<string>());
        Assert.Null(read["owner"]!["name"]);
        Assert.Equal("222", read["enni"]!["enni_vlan"]!.GetValue<string>());
        Assert.Equal("B170516_00042", read["batch_alias"]!.GetValue<string>());
        Assert.Equal("4h_24_7", read["options"]!["gtr"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_NonWhitelistedFields_IgnoredWithoutError()
    {
        var (uuid, document) = await ExampleDraftAsync();
        var before = (await V1Requests.GetAsync(Api, uuid)).Json;
        document["activation_type"] = "create";
        document["eligibility_ref"] = Api.Eligibility("copper", "create");
        document["product"] = new JsonObject { ["code"] = "AM01" };
        document["status"] = "completed";
        document["alias"] = "O000000_00000";
        document["origin"] = "mass_migration";
        document["activation_info"] = new JsonObject { ["mandate_id"] = "99999999" };
        document["type"] = "terminate";

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.True(response.Code == 200, response.Body);
        var after = response.Json;
        foreach (var field in new[] { "activation_type", "eligibility_ref", "status", "alias", "origin", "type" })
        {
            Assert.Equal(before[field]!.GetValue<string>(), after[field]!.GetValue<string>());
        }

        Assert.Equal("SD01", after["product"]!["code"]!.GetValue<string>());
        Assert.Equal("01234567", after["activation_info"]!["mandate_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ModifiableFieldsLeftOut_Deleted()
    {
        var (uuid, _) = await ExampleDraftAsync();

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", new JsonObject { ["comment"] = "only this" });

        Assert.True(response.Code == 200, response.Body);
        var read = (await V1Requests.GetAsync(Api, uuid)).Json;
        Assert.Equal("only this", read["comment"]!.GetValue<string>());
        foreach (var field in new[] { "operator_order_ref", "operator_order_name", "enni", "batch_alias" })
        {
            Assert.Null(read[field]);
        }

        Assert.Empty(read["options"]!.AsObject());
        Assert.Empty(read["owner"]!.AsObject());
        Assert.Empty(read["contacts"]!.AsObject());
        Assert.Equal("01234567", read["activation_info"]!["mandate_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ContactsOwnerLeftOut_OnlyTheOwnerContactDeleted()
    {
        var (uuid, document) = await ExampleDraftAsync();
        document["contacts"]!.AsObject().Remove("owner");

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.True(response.Code == 200, response.Body);
        Assert.Null(response.Json["contacts"]!["owner"]);
        Assert.Equal(Api.Contact(), response.Json["contacts"]!["operator"]!["contact_uuid"]!.GetValue<string>());
        Assert.Equal("Untel", response.Json["owner"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_OptionValueLeftOut_RemovedFromTheOption()
    {
        var (uuid, document) = await ExampleDraftAsync();
        document["options"] = new JsonObject { ["gtr"] = new JsonObject { ["enabled"] = false } };

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.True(response.Code == 200, response.Body);
        Assert.Null(response.Json["options"]!["gtr"]!["value"]);
        Assert.False(response.Json["options"]!["gtr"]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Put_SubmittedOrder_ConflictAndUnchanged()
    {
        var uuid = await V1Requests.SubmittedAsync(Api);
        var before = (await V1Requests.GetAsync(Api, uuid)).Body;

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", new JsonObject { ["comment"] = "late" });

        Assert.Equal(409, response.Code);
        Assert.Contains("UPD-DRAFT-ONLY", response.ErrorText);
        Assert.Equal(before, (await V1Requests.GetAsync(Api, uuid)).Body);
    }

    [Fact]
    public async Task Put_InvalidBatchAlias_RejectedAndUnchanged()
    {
        var (uuid, document) = await ExampleDraftAsync();
        var before = (await V1Requests.GetAsync(Api, uuid)).Body;
        document["batch_alias"] = "batch-1";
        document["comment"] = "changed";

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.Equal(400, response.Code);
        Assert.Equal(["batch_alias"], response.ErrorFields);
        Assert.Equal(before, (await V1Requests.GetAsync(Api, uuid)).Body);
    }

    [Fact]
    public async Task Put_DuplicateOperatorOrderRef_Rejected()
    {
        await V1Requests.CreateAsync(Api, V1Requests.Complete(V1Requests.Minimal(Api), Api, "TAKEN-1"));
        var (uuid, document) = await ExampleDraftAsync();
        document["operator_order_ref"] = "TAKEN-1";

        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.Equal(400, response.Code);
        Assert.Equal(["operator_order_ref"], response.ErrorFields);
        Assert.Contains("UPD-OPERATOR-REF-UNIQUE", response.ErrorText);
    }

    [Fact]
    public async Task Put_DeletedOperatorOrderRef_CanBeReused()
    {
        var (uuid, document) = await ExampleDraftAsync();
        document.Remove("operator_order_ref");
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document)).Code);

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, V1Requests.Complete(V1Requests.Minimal(Api), Api, "UNTEL02-1"));

        Assert.True(response.Code == 200, response.Body);
    }

    [Fact]
    public async Task Put_EnniOrder_Forbidden()
    {
        var enni = Api.Operator(0)["enni_orders"]![0]!.GetValue<string>();

        var read = await V1Requests.GetAsync(Api, enni);
        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{enni}/", new JsonObject { ["comment"] = "mine" });

        Assert.Equal(200, read.Code);
        Assert.Equal("order", read.Json["model"]!.GetValue<string>());
        Assert.Equal(403, response.Code);
        Assert.Equal(read.Body, (await V1Requests.GetAsync(Api, enni)).Body);
    }

    [Fact]
    public async Task Put_Concurrent_EachReplacementIsWhole()
    {
        var (uuid, _) = await ExampleDraftAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", new JsonObject
        {
            ["comment"] = $"writer {i}",
            ["operator_order_name"] = $"name {i}",
            ["operator_order_ref"] = $"REF-{i}",
        })));

        Assert.All(answers, a => Assert.Equal(200, a.Code));
        var read = (await V1Requests.GetAsync(Api, uuid)).Json;
        var writer = read["comment"]!.GetValue<string>()["writer ".Length..];
        Assert.Equal($"name {writer}", read["operator_order_name"]!.GetValue<string>());
        Assert.Equal($"REF-{writer}", read["operator_order_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ConcurrentWithSubmit_NeverChangesASubmittedOrder()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Complete(V1Requests.Minimal(Api), Api, "RACE-1")));
        var document = (await V1Requests.GetAsync(Api, uuid)).Json.AsObject();
        document["comment"] = "raced";

        var put = Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);
        var submit = Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");
        await Task.WhenAll(put, submit);

        Assert.Equal(200, (await submit).Code);
        var read = (await V1Requests.GetAsync(Api, uuid)).Json;
        Assert.Equal("submitted", read["status"]!.GetValue<string>());
        Assert.Equal((await put).Code == 200, read["comment"]?.GetValue<string>() == "raced");
    }

    [Fact]
    public async Task Put_UnknownOrder_NotFound()
    {
        var response = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{Guid.NewGuid()}/", new JsonObject());

        Assert.Equal(404, response.Code);
        Assert.NotNull(response.Json["apirequest_uuid"]);
    }
}
