using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

public sealed class SubmitDeleteV1Tests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Submit_CompleteDraft_EmptyObjectAndSubmittedEvent()
    {
        var order = await V1Requests.CreateAsync(Api, V1Requests.Complete(V1Requests.Minimal(Api), Api));
        var uuid = V1Requests.Uuid(order);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.True(response.Code == 200, response.Body);
        Assert.Empty(response.Json.AsObject());
        var read = (await V1Requests.GetAsync(Api, uuid)).Json;
        Assert.Equal("submitted", read["status"]!.GetValue<string>());
        Assert.NotNull(read["submission_date"]);
        var submitted = Assert.Single(await V1Requests.EventsAsync(Api, uuid));
        Assert.Equal("order-submitted", submitted!["type"]!.GetValue<string>());
        Assert.Equal(order["alias"]!.GetValue<string>(), submitted["data"]!["kosc_order_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_WithoutOperatorContact_RejectedNamingTheV1FieldAndStaysDraft()
    {
        var body = V1Requests.Complete(V1Requests.Minimal(Api), Api);
        body["contacts"]!.AsObject().Remove("operator");
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, body));

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.Equal(400, response.Code);
        Assert.Equal(["contacts.operator.contact_uuid"], response.ErrorFields);
        Assert.Contains("SUB-CONTACT-REQUIRED", response.ErrorText);
        Assert.Equal("draft", (await V1Requests.GetAsync(Api, uuid)).Json["status"]!.GetValue<string>());
        Assert.Empty(await V1Requests.EventsAsync(Api, uuid));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    public async Task Submit_SdslWithoutEnni_Answers400NamingEnniAndStaysDraft(string? enni)
    {
        var body = V1Requests.Complete(V1Requests.Minimal(Api, product: "SD01"), Api);
        if (enni is not null)
        {
            body["enni"] = System.Text.Json.Nodes.JsonNode.Parse(enni);
        }

        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, body));

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.Equal(400, response.Code);
        Assert.Equal(["enni"], response.ErrorFields);
        Assert.Contains("ORD-ENNI-FIELD-V1: ", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal("draft", (await V1Requests.GetAsync(Api, uuid)).Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_SdslWithEnni_Submitted()
    {
        var body = V1Requests.Complete(V1Requests.Minimal(Api, product: "SD01"), Api);
        body["enni"] = new System.Text.Json.Nodes.JsonObject { ["enni_vlan"] = "111", ["enni_service_ref"] = "S20181102_12001" };
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, body));

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.True(response.Code == 200, response.Body);
    }

    [Fact]
    public async Task Submit_SdslWithoutEnniThroughV2_Submitted()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Complete(V1Requests.Minimal(Api, product: "SD01"), Api)));

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new System.Text.Json.Nodes.JsonObject { ["status"] = "submitted" });

        Assert.True(response.Code == 200, response.Body);
    }

    [Fact]
    public async Task Submit_EmptyDraft_ListsEveryMissingFieldInV1Names()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api)));

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.Equal(400, response.Code);
        Assert.Equal(
            ["contacts.operator.contact_uuid", "contacts.owner.email", "contacts.owner.first_name", "contacts.owner.last_name", "operator_order_name", "operator_order_ref", "owner.type"],
            response.ErrorFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Submit_Twice_SecondIsConflict()
    {
        var uuid = await V1Requests.SubmittedAsync(Api);

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/");

        Assert.Equal(409, response.Code);
        Assert.Contains("SUB-DRAFT-ONLY", response.ErrorText);
    }

    [Fact]
    public async Task Submit_ConcurrentTwice_ExactlyOneWins()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Complete(V1Requests.Minimal(Api), Api)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{uuid}/submit/")));

        Assert.Single(answers, a => a.Code == 200);
        Assert.All(answers.Where(a => a.Code != 200), a => Assert.Equal(409, a.Code));
        Assert.Single(await V1Requests.EventsAsync(Api, uuid));
    }

    [Fact]
    public async Task Submit_EnniOrder_Forbidden()
    {
        var enni = Api.Operator(0)["enni_orders"]![0]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{enni}/submit/");

        Assert.Equal(403, response.Code);
    }

    [Fact]
    public async Task Delete_Draft_EmptyObjectThenNotFound()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api)));

        var response = await Api.CallAsync(HttpMethod.Delete, $"{V1Requests.Orders}{uuid}/");

        Assert.Equal(200, response.Code);
        Assert.Equal("{}", response.Body);
        Assert.Equal(404, (await V1Requests.GetAsync(Api, uuid)).Code);
    }

    [Fact]
    public async Task Delete_Submitted_ConflictAndStillThere()
    {
        var uuid = await V1Requests.SubmittedAsync(Api);

        var response = await Api.CallAsync(HttpMethod.Delete, $"{V1Requests.Orders}{uuid}/");

        Assert.Equal(409, response.Code);
        Assert.Contains("UPD-DELETE-DRAFT", response.ErrorText);
        Assert.Equal(200, (await V1Requests.GetAsync(Api, uuid)).Code);
    }

    [Fact]
    public async Task Delete_EnniOrder_ForbiddenAndStillReadable()
    {
        var enni = Api.Operator(0)["enni_orders"]![0]!.GetValue<string>();

        var response = await Api.CallAsync(HttpMethod.Delete, $"{V1Requests.Orders}{enni}/");

        Assert.Equal(403, response.Code);
        Assert.Equal(200, (await V1Requests.GetAsync(Api, enni)).Code);
    }
}
