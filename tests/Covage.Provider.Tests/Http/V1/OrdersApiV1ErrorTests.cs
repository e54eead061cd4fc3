using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.V1;

public sealed class OrdersApiV1ErrorTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic abc")]
    public async Task AnyCall_WithoutValidToken_UnauthorizedEnvelope(string? auth)
    {
        var response = await Api.SendAsync(HttpMethod.Post, V1Requests.Orders, V1Requests.Minimal(Api), auth);

        Assert.Equal(401, response.Code);
        Assert.StartsWith("KOSC_", response.Json["apirequest_uuid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_LegacyJwtScheme_Accepted()
    {
        var token = await Api.TokenAsync("delivery@alpha.example");

        var response = await Api.SendAsync(HttpMethod.Post, V1Requests.Orders, V1Requests.Minimal(Api), "JWT " + token);

        Assert.Equal(200, response.Code);
    }

    [Fact]
    public async Task Create_MalformedJson_BadRequestEnvelope()
    {
        var token = await Api.TokenAsync("delivery@alpha.example");

        var response = await Api.SendAsync(HttpMethod.Post, V1Requests.Orders, null, "Bearer " + token, raw: "{\"type\": ");

        Assert.Equal(400, response.Code);
        Assert.Equal("Invalid input", response.Json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_NotJson_UnsupportedMediaType()
    {
        var token = await Api.TokenAsync("delivery@alpha.example");

        var response = await Api.SendAsync(HttpMethod.Post, V1Requests.Orders, null, "Bearer " + token, raw: "type=activate", contentType: "text/plain");

        Assert.Equal(415, response.Code);
        Assert.NotNull(response.Json["apirequest_uuid"]);
    }

    [Fact]
    public async Task Routes_WithoutTrailingSlash_Served()
    {
        var created = await Api.CallAsync(HttpMethod.Post, "/api/orders", V1Requests.Minimal(Api));
        Assert.Equal(200, created.Code);
        var uuid = V1Requests.Uuid(created.Json);

        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Get, $"/api/orders/{uuid}")).Code);
        Assert.Equal(400, (await Api.CallAsync(HttpMethod.Post, $"/api/orders/{uuid}/submit")).Code);
    }

    [Fact]
    public async Task Get_AnotherOperatorsOrder_NotFoundWithoutData()
    {
        var theirs = V1Requests.Uuid((await Api.CreateAsync(op: 1)));

        var read = await V1Requests.GetAsync(Api, theirs);
        var put = await Api.CallAsync(HttpMethod.Put, $"{V1Requests.Orders}{theirs}/", new JsonObject { ["comment"] = "x" });
        var delete = await Api.CallAsync(HttpMethod.Delete, $"{V1Requests.Orders}{theirs}/");
        var submit = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{theirs}/submit/");
        var confirm = await Api.CallAsync(HttpMethod.Post, $"{V1Requests.Orders}{theirs}/confirm/");

        Assert.All([read, put, delete, submit, confirm], r => Assert.Equal(404, r.Code));
        Assert.DoesNotContain(theirs, read.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAnotherOperatorsEligibility_Rejected()
    {
        var body = V1Requests.Minimal(Api);
        body["eligibility_ref"] = Api.Eligibility("copper", "activate", op: 1);

        var response = await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body);

        Assert.Equal(400, response.Code);
        Assert.Equal(["eligibility_ref"], response.ErrorFields);
    }

    [Fact]
    public async Task WrongMethod_MethodNotAllowedEnvelope()
    {
        var uuid = V1Requests.Uuid(await V1Requests.CreateAsync(Api, V1Requests.Minimal(Api)));

        var response = await Api.CallAsync(HttpMethod.Patch, $"{V1Requests.Orders}{uuid}/", new JsonObject());

        Assert.Equal(405, response.Code);
        Assert.NotNull(response.Json["apirequest_uuid"]);
    }

    [Fact]
    public async Task RefusedCreate_LeavesNothingBehind()
    {
        var body = V1Requests.Complete(V1Requests.Minimal(Api), Api, "ONCE-1");
        body["batch_alias"] = "nope";

        Assert.Equal(400, (await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body)).Code);

        var list = await Api.CallAsync(HttpMethod.Get, "/api/v2/orders/");
        Assert.DoesNotContain("ONCE-1", list.Body, StringComparison.Ordinal);
        body.Remove("batch_alias");
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Post, V1Requests.Orders, body)).Code);
    }
}
