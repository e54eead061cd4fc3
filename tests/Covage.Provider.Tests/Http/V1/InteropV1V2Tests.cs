using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

/// <summary>One store, two views: the documented v1↔v2 mapping, both ways.</summary>
public sealed class InteropV1V2Tests(ProviderFixture provider) : ProviderTest(provider)
{
    private Task<ApiResponse> GetV2Async(string uuid) => Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/");

    [Fact]
    public async Task V2Created_ReadThroughV1_FieldsMapped()
    {
        var body = TestProvider.Complete("INTEROP-1", Api.Contact());
        body["comment"] = "from v2";
        var v2 = await Api.CreateAsync(extra: body);
        var uuid = v2["uuid"]!.GetValue<string>();

        var v1 = (await V1Requests.GetAsync(Api, uuid)).Json;

        Assert.Equal("order", v1["model"]!.GetValue<string>());
        Assert.Equal(uuid, v1["order_uuid"]!.GetValue<string>());
        Assert.Equal(v2["reference"]!.GetValue<string>(), v1["alias"]!.GetValue<string>());
        Assert.Equal("INTEROP-1", v1["operator_order_ref"]!.GetValue<string>());
        Assert.Equal("Alethkar Palace Order", v1["operator_order_name"]!.GetValue<string>());
        Assert.Equal(v2["request_type"]!.GetValue<string>(), v1["activation_type"]!.GetValue<string>());
        Assert.Equal(Api.Contact(), v1["contacts"]!["operator"]!["contact_uuid"]!.GetValue<string>());
        Assert.Equal("Alethkar Palace", v1["owner"]!["name"]!.GetValue<string>());
        Assert.Null(v1["owner"]!["contact"]);
        Assert.Equal("Adolin", v1["contacts"]!["owner"]!["first_name"]!.GetValue<string>());
        Assert.Equal(v2["bounds"]![0]!["endpoints"]![0]!["reference"]!.GetValue<string>(), v1["endpoints"]![0]!["endpoint_ref"]!.GetValue<string>());
        Assert.Equal(v2["bounds"]![0]!["address"]!.ToJsonString(), v1["address"]!.ToJsonString());
        Assert.Equal("from v2", v1["comment"]!.GetValue<string>());
        Assert.Equal(v2["creation_date"]!.GetValue<string>(), v1["creation_date"]!.GetValue<string>());
    }

    [Fact]
    public async Task V1Created_ReadThroughV2_FieldsMapped()
    {
        var v1 = await V1Requests.CreateAsync(Api, V1Requests.PageExample(Api));
        var uuid = V1Requests.Uuid(v1);

        var v2 = (await GetV2Async(uuid)).Json;

        Assert.Equal(v1["alias"]!.GetValue<string>(), v2["reference"]!.GetValue<string>());
        Assert.Equal("UNTEL02-1", v2["operator_info"]!["order_ref"]!.GetValue<string>());
        Assert.Equal("Commande pour client Untel", v2["operator_info"]!["order_name"]!.GetValue<string>());
        Assert.Equal(Api.Contact(), v2["operator_info"]!["contact_uuid"]!.GetValue<string>());
        Assert.Equal("unregistered", v2["end_customer"]!["type"]!.GetValue<string>());
        Assert.Equal("Untel", v2["end_customer"]!["name"]!.GetValue<string>());
        Assert.Equal("email@domain.com", v2["end_customer"]!["contact"]!["email"]!.GetValue<string>());
        Assert.Equal("activate", v2["request_type"]!.GetValue<string>());
        Assert.Equal("4h_bhbd", v2["options"]!["gtr"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task V2Patch_KeepsV1OnlyFields()
    {
        var body = V1Requests.PageExample(Api);
        body["batch_alias"] = "B170516_00001";
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, body));

        var patch = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject
        {
            ["comment"] = "patched in v2",
            ["operator_info"] = new JsonObject { ["order_name"] = "v2 name" },
        });

        Assert.True(patch.Code == 200, patch.Body);
        var v1 = (await V1Requests.GetAsync(Api, uuid)).Json;
        Assert.Equal("patched in v2", v1["comment"]!.GetValue<string>());
        Assert.Equal("v2 name", v1["operator_order_name"]!.GetValue<string>());
        Assert.Equal("UNTEL02-1", v1["operator_order_ref"]!.GetValue<string>());
        Assert.Equal("111", v1["enni"]!["enni_vlan"]!.GetValue<string>());
        Assert.Equal("B170516_00001", v1["batch_alias"]!.GetValue<string>());
        Assert.Equal("01234567", v1["activation_info"]!["mandate_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task V1Put_KeepsV2OnlyFields()
    {
        var v2 = await Api.CreateAsync("fiber", "create", "FP01", extra: TestProvider.Complete("FIBER-1", Api.Contact()));
        var uuid = v2["uuid"]!.GetValue<string>();
        var bound = v2["bounds"]![0]!["uuid"]!.GetValue<string>();
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/bounds/{bound}/", new JsonObject
        {
            ["address"] = new JsonObject { ["stairs"] = "B2" },
        })).Code);
        var document = (await V1Requests.GetAsync(Api, uuid)).Json.AsObject();
        document["comment"] = "from v1";

        var put = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.True(put.Code == 200, put.Body);
        var after = (await GetV2Async(uuid)).Json;
        Assert.Equal("from v1", after["comment"]!.GetValue<string>());
        Assert.Equal("B2", after["bounds"]![0]!["address"]!["stairs"]!.GetValue<string>());
        Assert.Equal(bound, after["bounds"]![0]!["uuid"]!.GetValue<string>());
        Assert.Equal("create", after["request_type"]!.GetValue<string>());
        Assert.Equal("FIBER-1", after["operator_info"]!["order_ref"]!.GetValue<string>());
        Assert.Equal(v2["end_customer"]!.ToJsonString(), after["end_customer"]!.ToJsonString());
    }

    [Fact]
    public async Task V1Put_ReadBackThroughV2_Mapped()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();
        var document = V1Requests.Complete(new JsonObject(), Api, "PUT-1");

        var put = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{uuid}/", document);

        Assert.True(put.Code == 200, put.Body);
        var v2 = (await GetV2Async(uuid)).Json;
        Assert.Equal("PUT-1", v2["operator_info"]!["order_ref"]!.GetValue<string>());
        Assert.Equal(Api.Contact(), v2["operator_info"]!["contact_uuid"]!.GetValue<string>());
        Assert.Equal("Kholin", v2["end_customer"]!["contact"]!["last_name"]!.GetValue<string>());
        Assert.Equal("unregistered", v2["end_customer"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task V2Created_SubmittedThroughV1_V2SeesSubmitted()
    {
        var uuid = (await Api.CreateAsync(extra: TestProvider.Complete(contact: Api.Contact())))["uuid"]!.GetValue<string>();

        var submit = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.Equal(200, submit.Code);
        Assert.Equal("submitted", (await GetV2Async(uuid)).Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task V1Created_SubmittedThroughV2_V1SeesSubmitted()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Complete(V1Requests.Minimal(Api), Api)));

        var submit = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });

        Assert.True(submit.Code == 200, submit.Body);
        Assert.Equal("submitted", (await V1Requests.GetAsync(Api, uuid)).Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task V2Created_DeletedThroughV1_GoneInBoth()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Delete, $"{V1Requests.Orders}{uuid}/")).Code);

        Assert.Equal(404, (await GetV2Async(uuid)).Code);
        Assert.Equal(404, (await V1Requests.GetAsync(Api, uuid)).Code);
    }

    [Fact]
    public async Task V1Created_DeletedThroughV2_GoneInBoth()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api)));

        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Delete, $"/api/v2/orders/{uuid}/")).Code);

        Assert.Equal(404, (await V1Requests.GetAsync(Api, uuid)).Code);
        Assert.Equal(404, (await GetV2Async(uuid)).Code);
    }

    [Fact]
    public async Task V1Created_ListedInV2()
    {
        var v1 = await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api));

        var list = await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/?reference={v1["alias"]}");

        Assert.Equal(V1Requests.Uuid(v1), Assert.Single(list.Json.AsArray())!["uuid"]!.GetValue<string>());
    }

    [Fact]
    public async Task CompletedActivate_ShowsServiceAliasInV1()
    {
        var uuid = await V1Requests.SubmittedAsync(Api);
        foreach (var to in new[] { "acknowledged", "running", "completed" })
        {
            Assert.Equal(200, (await Api.DriveAsync(uuid, to)).Code);
        }

        var v1 = (await V1Requests.GetAsync(Api, uuid)).Json;
        var v2 = (await GetV2Async(uuid)).Json;

        Assert.Equal(v2["service_ref"]!.GetValue<string>(), v1["service_alias"]!.GetValue<string>());
        Assert.Equal(v2["service_uuid"]!.GetValue<string>(), v1["service_uuid"]!.GetValue<string>());
        Assert.NotNull(v1["completion_date"]);
    }
}
