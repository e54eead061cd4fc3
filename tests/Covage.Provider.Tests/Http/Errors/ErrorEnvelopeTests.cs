using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Errors;

public sealed class ErrorEnvelopeTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<string> AuthAsync() => "Bearer " + await Api.TokenAsync("delivery@alpha.example");

    [Theory]
    [InlineData("{\"type\": ")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"type\":\"activate\",\"type\":\"terminate\"}")]
    public async Task MalformedBody_Is400InTheEnvelope(string raw)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", null, await AuthAsync(), raw);

        Envelope.AssertIs(response, 400);
    }

    [Fact]
    public async Task WrongJsonTypes_AreAllListed()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = 42,
            ["product"] = "AM01",
            ["request_type"] = true,
            ["end_customer"] = new JsonArray(),
        }, await AuthAsync());

        Envelope.AssertIs(response, 400);
        Assert.Superset(new HashSet<string> { "eligibility_ref", "product", "request_type", "end_customer" }, response.ErrorFields.ToHashSet());
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", null, await AuthAsync(), "type=activate", "application/x-www-form-urlencoded");

        Envelope.AssertIs(response, 415);
    }

    [Fact]
    public async Task BodyOverOneMebibyte_Is413()
    {
        var big = new JsonObject { ["type"] = "activate", ["comment"] = new string('a', (1024 * 1024) + 10) };

        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", big, await AuthAsync());

        Envelope.AssertIs(response, 413);
    }

    [Theory]
    [InlineData("/api/v2/orders/00000000-0000-4000-8000-000000000000/")]
    [InlineData("/api/v2/nothing-here/")]
    [InlineData("/api/events/unknown/")]
    public async Task Unknown_Is404InTheEnvelope(string path)
    {
        Envelope.AssertIs(await Api.SendAsync(HttpMethod.Get, path, null, await AuthAsync()), 404);
    }

    [Fact]
    public async Task WrongMethod_Is405InTheEnvelope()
    {
        Envelope.AssertIs(await Api.SendAsync(HttpMethod.Put, "/api/v2/orders/", new JsonObject(), await AuthAsync()), 405);
    }

    [Fact]
    public async Task List_UnknownSortField_Is400()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/?sort=status", null, await AuthAsync());

        Envelope.AssertIs(response, 400);
        Assert.Equal(["sort"], response.ErrorFields);
    }
}
