using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V2;

public sealed class ModifyAndSubmitTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<string> DraftAsync(string technology = "copper", string requestType = "activate", string product = "AM01") =>
        (await Api.CreateAsync(technology, requestType, product))["uuid"]!.GetValue<string>();

    [Fact]
    public async Task Patch_MergesOnlyTheFieldsSent()
    {
        var uuid = await DraftAsync();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete(contact: Api.Contact()));

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject
        {
            ["end_customer"] = new JsonObject { ["name"] = "Urithiru" },
            ["reference"] = "O000000_00000",
            ["status_extra"] = "ignored",
        });

        Assert.Equal(200, response.Code);
        Assert.Equal("Urithiru", response.Json["end_customer"]!["name"]!.GetValue<string>());
        Assert.Equal("Adolin", response.Json["end_customer"]!["contact"]!["first_name"]!.GetValue<string>());
        Assert.NotEqual("O000000_00000", response.Json["reference"]!.GetValue<string>());
        Assert.Equal("Alethkar Palace Order", response.Json["operator_info"]!["order_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_CompleteDraft_MovesToSubmittedWithDatesAndEvent()
    {
        var order = await Api.SubmittedAsync();
        var uuid = order["uuid"]!.GetValue<string>();

        Assert.Equal("submitted", order["status"]!.GetValue<string>());
        Assert.NotNull(order["submission_date"]);
        var events = await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}");
        var submitted = Assert.Single(events.Json.AsArray());
        Assert.Equal("order-submitted", submitted!["type"]!.GetValue<string>());
        Assert.Equal(order["reference"]!.GetValue<string>(), submitted["data"]!["kosc_order_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_EmptyDraft_ListsEveryMissingFieldAndStaysDraft()
    {
        var uuid = await DraftAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });

        Assert.Equal(400, response.Code);
        Assert.Equal(
            ["end_customer.contact.email", "end_customer.contact.first_name", "end_customer.contact.last_name", "end_customer.type",
             "operator_info.contact_uuid", "operator_info.order_name", "operator_info.order_ref"],
            response.ErrorFields.Order(StringComparer.Ordinal));
        var after = await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/");
        Assert.Equal("draft", after.Json["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("registered", "end_customer.siret")]
    [InlineData("individual", "end_customer.first_name")]
    public async Task Submit_CustomerTypeNeedsItsFields(string type, string missing)
    {
        var uuid = await DraftAsync();
        var fill = TestProvider.Complete(contact: Api.Contact());
        fill["end_customer"]!["type"] = type;
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", fill);

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });

        Assert.Equal(400, response.Code);
        Assert.Contains(missing, response.ErrorFields);
    }

    [Theory]
    [InlineData("acknowledged")]
    [InlineData("completed")]
    [InlineData("draft")]
    [InlineData("cancelled")]
    public async Task Patch_AnyOtherStatus_Answers400AndChangesNothing(string status)
    {
        var uuid = await DraftAsync();
        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = status });

        Assert.Equal(400, response.Code);
        Assert.Contains("ORD-OPERATOR-STATUS", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal(before, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body);
    }

    [Fact]
    public async Task Patch_SubmittedOrder_Answers409AndChangesNothing()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["comment"] = "late" });
        var resubmit = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });
        var delete = await Api.CallAsync(HttpMethod.Delete, $"/api/v2/orders/{uuid}/");

        Assert.Equal(409, response.Code);
        Assert.Contains("UPD-DRAFT-ONLY", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal(409, resubmit.Code);
        Assert.Contains("SUB-DRAFT-ONLY", resubmit.ErrorText, StringComparison.Ordinal);
        Assert.Equal(409, delete.Code);
        Assert.Equal(before, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body);
    }

    [Fact]
    public async Task Delete_Draft_Answers200EmptyThen404()
    {
        var uuid = await DraftAsync();

        var response = await Api.CallAsync(HttpMethod.Delete, $"/api/v2/orders/{uuid}/");

        Assert.Equal(200, response.Code);
        Assert.Equal("{}", response.Body);
        Assert.Equal(404, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Code);
    }

    [Fact]
    public async Task Patch_DuplicateOrderRef_Answers400()
    {
        var first = await DraftAsync();
        var second = await DraftAsync();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{first}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "SAME-1" } });

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{second}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "SAME-1" } });

        Assert.Equal(400, response.Code);
        Assert.Contains("operator_info.order_ref", response.ErrorFields);
    }

    [Fact]
    public async Task Patch_OrderRefFreedByDelete_CanBeReused()
    {
        var first = await DraftAsync();
        var second = await DraftAsync();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{first}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "SAME-2" } });
        await Api.CallAsync(HttpMethod.Delete, $"/api/v2/orders/{first}/");

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{second}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "SAME-2" } });

        Assert.Equal(200, response.Code);
    }

    [Theory]
    [InlineData("Jean-Luc (Pro) [A]_{b}: x@y.fr +33,1.2")]
    [InlineData("àâäçèéêëîïôöùûü")]
    [InlineData("Non\u00a0breaking")]
    public async Task Patch_AllowedCharacters_AreAccepted(string name)
    {
        var uuid = await DraftAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["end_customer"] = new JsonObject { ["name"] = name } });

        Assert.Equal(200, response.Code);
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("A/B")]
    [InlineData("A&B")]
    [InlineData("Hi!")]
    [InlineData("Say \"x\"")]
    [InlineData("10€")]
    [InlineData("École")]
    [InlineData("À la")]
    [InlineData("tab\there")]
    [InlineData("smile 😀")]
    [InlineData("50%")]
    [InlineData("a#b")]
    [InlineData("a;b")]
    [InlineData("ñ")]
    [InlineData("ß")]
    public async Task Patch_ForbiddenCharacter_Answers400NamingTheField(string name)
    {
        var uuid = await DraftAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject
        {
            ["end_customer"] = new JsonObject { ["contact"] = new JsonObject { ["last_name"] = name } },
        });

        Assert.Equal(400, response.Code);
        Assert.Equal(["end_customer.contact.last_name"], response.ErrorFields);
        Assert.Contains("CHR-ALLOWED-SET", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_BadSiret_Answers400()
    {
        var uuid = await DraftAsync();

        var response = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["end_customer"] = new JsonObject { ["siret"] = "1234" } });

        Assert.Equal(400, response.Code);
        Assert.Contains("end_customer.siret", response.ErrorFields);
    }

    [Fact]
    public async Task Submit_EnterpriseWithoutEnni_IsRefused()
    {
        var order = await Api.CreateAsync("copper", "activate", "SD01", op: 2);
        var uuid = order["uuid"]!.GetValue<string>();
        var email = Api.Operator(2)["users"]![0]!["email"]!.GetValue<string>();
        await Api.AsAsync(email, HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete(contact: Api.Contact(2)));

        var response = await Api.AsAsync(email, HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });

        Assert.Equal(400, response.Code);
        Assert.Contains("ORD-ENTERPRISE-NEEDS-ENNI", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnniOrder_IsReadableButNotWritable()
    {
        var uuid = Api.Operator(0)["enni_orders"]![0]!.GetValue<string>();

        var read = await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/");
        var patch = await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["comment"] = "x" });
        var delete = await Api.CallAsync(HttpMethod.Delete, $"/api/v2/orders/{uuid}/");

        Assert.Equal(200, read.Code);
        Assert.Equal("N", read.Json["product"]!["line"]!["family"]!["code"]!.GetValue<string>());
        Assert.Equal(403, patch.Code);
        Assert.Equal(403, delete.Code);
    }

    [Fact]
    public async Task ConcurrentSubmits_ExactlyOneWins()
    {
        var uuid = await DraftAsync();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", TestProvider.Complete(contact: Api.Contact()));
        await Api.TokenAsync("delivery@alpha.example");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" }))));

        Assert.Equal(1, results.Count(r => r.Code == 200));
        Assert.Equal(7, results.Count(r => r.Code == 409));
        var events = await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}");
        Assert.Single(events.Json.AsArray());
    }
}
