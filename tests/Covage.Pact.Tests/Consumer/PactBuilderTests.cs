using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Pact.Consumer;
using Covage.Pact.Tests.Support;

namespace Covage.Pact.Tests.Consumer;

public sealed class PactBuilderTests
{
    [Fact]
    public async Task StartMockServer_RequestsAsDescribed_MatchedAndServesExample()
    {
        using var pact = UsersPact.Create(PactSpecification.V4);
        await using var server = pact.StartMockServer();
        using var client = new HttpClient { BaseAddress = server.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/users/42");
        request.Headers.Add("Accept", "application/json");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var verification = server.Verify();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(42, (int)body!["id"]!);
        Assert.Equal("Someone", (string?)body["name"]);
        Assert.True(verification.Matched, verification.Text);
        Assert.Empty(verification.Mismatches);
        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.True(server.Port > 0);
    }

    [Fact]
    public async Task Verify_UnexpectedAndMissingRequests_ReportsBoth()
    {
        using var pact = UsersPact.Create(PactSpecification.V4);
        await using var server = pact.StartMockServer();
        using var client = new HttpClient { BaseAddress = server.BaseUri };

        using var response = await client.GetAsync(new Uri("/orders/7", UriKind.Relative));
        var verification = server.Verify();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.False(verification.Matched);
        var unexpected = Assert.Single(verification.Mismatches, m => m.Kind == "request-not-found");
        Assert.Equal("GET", unexpected.Method);
        Assert.Equal("/orders/7", unexpected.Path);
        var missing = Assert.Single(verification.Mismatches, m => m.Kind == "missing-request");
        Assert.Equal("/users/42", missing.Path);
        Assert.Contains("unexpected request GET /orders/7", verification.Text, StringComparison.Ordinal);
        Assert.Contains("expected request GET /users/42 was never received", verification.Text, StringComparison.Ordinal);
        Assert.Throws<PactVerificationException>(server.EnsureMatched);
    }

    [Fact]
    public async Task Verify_RequestDiffersInQueryAndBody_ReportsRequestMismatchDetails()
    {
        using var pact = new PactBuilder("KitConsumer", "KitProvider", PactSpecification.V3);
        pact.UponReceiving("a search")
            .WithRequest("POST", "/search")
            .WithQuery("page", Match.Regex("^[0-9]+$", "1"))
            .WithJsonBody(new { term = Match.Type("fibre") })
            .WillRespond(200);
        await using var server = pact.StartMockServer();
        using var client = new HttpClient { BaseAddress = server.BaseUri };
        using var content = new StringContent("{\"term\":5}", Encoding.UTF8, "application/json");

        using var _ = await client.PostAsync(new Uri("/search?page=one", UriKind.Relative), content);
        var verification = server.Verify();

        Assert.False(verification.Matched);
        var mismatch = Assert.Single(verification.Mismatches, m => m.Kind == "request-mismatch");
        Assert.Contains(mismatch.Details, d => d.Type == "QueryMismatch");
        Assert.Contains(mismatch.Details, d => d.Type == "BodyMismatch" && d.Path == "$.term");
    }

    [Fact]
    public async Task WriteTo_V3_WritesPlainShapeWithMatchersAndStateParams()
    {
        using var dir = new TempDirectory();

        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V3);
        var pact = JsonNode.Parse(await File.ReadAllTextAsync(file))!;

        Assert.Equal(Path.Combine(dir.Path, "KitConsumer-KitProvider.json"), file);
        Assert.Equal("3.0.0", (string?)pact["metadata"]!["pactSpecification"]!["version"]);
        var interaction = pact["interactions"]![0]!;
        Assert.Null(interaction["type"]);
        Assert.Equal("a request for user 42", (string?)interaction["description"]);
        var state = interaction["providerStates"]![0]!;
        Assert.Equal("user exists", (string?)state["name"]);
        Assert.Equal("42", (string?)state["params"]!["id"]);
        Assert.True((bool)state["params"]!["active"]!);
        Assert.Equal(42, (int)interaction["response"]!["body"]!["id"]!);
        var rules = interaction["response"]!["matchingRules"]!["body"]!;
        Assert.Equal("type", (string?)rules["$.id"]!["matchers"]![0]!["match"]);
        Assert.Equal("regex", (string?)rules["$.name"]!["matchers"]![0]!["match"]);
        Assert.Equal("^[A-Z][a-z]+$", (string?)rules["$.name"]!["matchers"]![0]!["regex"]);
        Assert.Equal("include", (string?)rules["$.email"]!["matchers"]![0]!["match"]);
    }

    [Fact]
    public async Task WriteTo_V4_WritesSynchronousHttpShape()
    {
        using var dir = new TempDirectory();

        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V4);
        var pact = JsonNode.Parse(await File.ReadAllTextAsync(file))!;

        Assert.Equal("4.0", (string?)pact["metadata"]!["pactSpecification"]!["version"]);
        var interaction = pact["interactions"]![0]!;
        Assert.Equal("Synchronous/HTTP", (string?)interaction["type"]);
        Assert.Equal("application/json", (string?)interaction["response"]!["body"]!["contentType"]);
        Assert.Equal("application/json", (string?)interaction["request"]!["headers"]!["Accept"]![0]);
        Assert.NotNull(interaction["response"]!["matchingRules"]!["body"]!["$.name"]);
        Assert.Equal("42", (string?)interaction["providerStates"]![0]!["params"]!["id"]);
    }

    [Fact]
    public async Task WriteTo_V2_WritesProviderStateAsText()
    {
        using var dir = new TempDirectory();

        var file = await UsersPact.WriteAsync(dir.Path, PactSpecification.V2);
        var pact = JsonNode.Parse(await File.ReadAllTextAsync(file))!;

        Assert.Equal("2.0.0", (string?)pact["metadata"]!["pactSpecification"]!["version"]);
        Assert.Equal("user exists", (string?)pact["interactions"]![0]!["providerState"]);
    }

    [Fact]
    public async Task WriteTo_ArrayAndDateMatchers_AppearInMatchingRules()
    {
        using var dir = new TempDirectory();
        using var pact = new PactBuilder("KitConsumer", "KitProvider", PactSpecification.V3);
        pact.UponReceiving("a list of orders")
            .Given("two orders exist", new { count = 2 })
            .WithRequest("GET", "/orders")
            .WithQuery("status", "draft")
            .WillRespond(200)
            .WithHeader("X-Total-Count", Match.Regex("^[0-9]+$", "2"))
            .WithJsonBody(new
            {
                items = Match.MinType(new { createdAt = Match.DateTime("yyyy-MM-dd'T'HH:mm:ssXXX", "2026-11-22T10:00:00+01:00") }, 2),
                tags = Match.MaxType("fibre", 3),
                ranges = Match.MinMaxType(1, 1, 5),
                reference = Match.Uuid("8c4c6e5c-6f6b-4b8e-9a4c-3f0f0d9b3e11"),
            });
        await using (var server = pact.StartMockServer())
        {
            using var client = new HttpClient { BaseAddress = server.BaseUri };
            using var _ = await client.GetAsync(new Uri("/orders?status=draft", UriKind.Relative));
            server.EnsureMatched();
        }

        var json = JsonNode.Parse(await File.ReadAllTextAsync(pact.WriteTo(dir.Path)))!;
        var response = json["interactions"]![0]!["response"]!;
        var body = response["matchingRules"]!["body"]!;

        Assert.Equal(2, response["body"]!["items"]!.AsArray().Count);
        Assert.Equal(2, (int)body["$.items"]!["matchers"]![0]!["min"]!);
        Assert.Equal(3, (int)body["$.tags"]!["matchers"]![0]!["max"]!);
        Assert.Equal(5, (int)body["$.ranges"]!["matchers"]![0]!["max"]!);
        var date = body["$.items[*].createdAt"]!["matchers"]![0]!;
        Assert.Equal("datetime", (string?)date["match"]);
        Assert.Equal("yyyy-MM-dd'T'HH:mm:ssXXX", (string?)date["format"]);
        Assert.Equal("regex", (string?)body["$.reference"]!["matchers"]![0]!["match"]);
        Assert.NotNull(response["matchingRules"]!["header"]!["X-Total-Count"]);
        Assert.Equal(2, (int)json["interactions"]![0]!["providerStates"]![0]!["params"]!["count"]!);
    }

    [Fact]
    public async Task UponReceiving_AfterMockServerStarted_IsRefused()
    {
        using var pact = UsersPact.Create(PactSpecification.V4);
        await using var server = pact.StartMockServer();

        var error = Assert.Throws<PactEngineException>(() =>
            pact.UponReceiving("too late").WithRequest("GET", "/late"));

        Assert.Contains("before starting the mock server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartMockServer_InvalidAddress_ThrowsEngineException()
    {
        using var pact = UsersPact.Create(PactSpecification.V4);

        var error = Assert.Throws<PactEngineException>(() => pact.StartMockServer("not an address"));

        Assert.Contains("could not start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_Twice_DoesNotThrowAndLaterUseIsRefused()
    {
        var pact = UsersPact.Create(PactSpecification.V4);

        pact.Dispose();
        pact.Dispose();

        Assert.Throws<ObjectDisposedException>(() => pact.UponReceiving("after dispose"));
    }
}
