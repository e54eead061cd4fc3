using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Auth;

public sealed class AuthTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Token_EmailIsCaseInsensitive_AndAnswersAccessRefreshTokenUser()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/",
            new JsonObject { ["email"] = "DELIVERY@Alpha.Example", ["password"] = "Alpha-Delivery-2019" }, null);

        Assert.Equal(200, response.Code);
        Assert.Equal(response.Json["access"]!.GetValue<string>(), response.Json["token"]!.GetValue<string>());
        Assert.NotNull(response.Json["refresh"]);
        Assert.Equal("delivery@alpha.example", response.Json["user"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_BadPassword_Is401()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/",
            new JsonObject { ["email"] = "delivery@alpha.example", ["password"] = "nope" }, null);

        Assert.Equal(401, response.Code);
        Assert.NotNull(response.Json["apirequest_uuid"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic abc")]
    [InlineData("Bearer")]
    public async Task Api_WithoutValidToken_Is401(string? header)
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/", null, header);

        Assert.Equal(401, response.Code);
        Assert.Equal("object", JsonValueKind(response));
    }

    private static string JsonValueKind(ApiResponse response) => response.Json.GetValueKind().ToString().ToLowerInvariant();

    [Fact]
    public async Task Api_LegacyJwtScheme_IsAccepted()
    {
        var token = await Api.TokenAsync("delivery@alpha.example");

        var response = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/", null, "JWT " + token);

        Assert.Equal(200, response.Code);
    }

    [Fact]
    public async Task Token_ExpiresAfterOneHour_RefreshGivesANewOne_VerifyTells()
    {
        var login = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/",
            new JsonObject { ["email"] = "delivery@alpha.example", ["password"] = "Alpha-Delivery-2019" }, null);
        var access = login.Json["access"]!.GetValue<string>();

        await Api.ControlAsync(HttpMethod.Post, "/_simulator/clock/advance/", new JsonObject { ["seconds"] = 3599 });
        var stillValid = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/", null, "Bearer " + access);
        await Api.ControlAsync(HttpMethod.Post, "/_simulator/clock/advance/", new JsonObject { ["seconds"] = 2 });
        var expired = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/", null, "Bearer " + access);
        var verify = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/verify/", new JsonObject { ["token"] = access }, null);
        var refreshed = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/refresh/", new JsonObject { ["refresh"] = login.Json["refresh"]!.GetValue<string>() }, null);
        var withNew = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/", null, "Bearer " + refreshed.Json["access"]!.GetValue<string>());

        Assert.Equal(200, stillValid.Code);
        Assert.Equal(401, expired.Code);
        Assert.Equal(401, verify.Code);
        Assert.Equal(200, refreshed.Code);
        Assert.Equal(200, withNew.Code);
    }

    [Fact]
    public async Task Refresh_After12Hours_Is401()
    {
        var login = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/",
            new JsonObject { ["email"] = "delivery@alpha.example", ["password"] = "Alpha-Delivery-2019" }, null);

        await Api.ControlAsync(HttpMethod.Post, "/_simulator/clock/advance/", new JsonObject { ["seconds"] = 12 * 3600 });
        var refreshed = await Api.SendAsync(HttpMethod.Post, "/api/v2/account/token/refresh/", new JsonObject { ["refresh"] = login.Json["refresh"]!.GetValue<string>() }, null);

        Assert.Equal(401, refreshed.Code);
    }

    [Fact]
    public async Task Isolation_AnotherOperatorsOrderIs404Everywhere()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        const string beta = "delivery@beta.example";

        Assert.Equal(404, (await Api.AsAsync(beta, HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Code);
        Assert.Equal(404, (await Api.AsAsync(beta, HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["comment"] = "x" })).Code);
        Assert.Equal(404, (await Api.AsAsync(beta, HttpMethod.Delete, $"/api/v2/orders/{uuid}/")).Code);
        Assert.Equal(404, (await Api.AsAsync(beta, HttpMethod.Post, $"/api/v2/orders/{uuid}/events/info/", new JsonObject { ["message"] = "x" })).Code);
        var list = await Api.AsAsync(beta, HttpMethod.Get, "/api/v2/orders/");
        Assert.DoesNotContain(list.Json.AsArray(), o => o!["uuid"]!.GetValue<string>() == uuid);
    }
}
