using Covage.Pact.Consumer;

namespace Covage.Pact.Tests.Support;

/// <summary>Builds the small users pact the tests share.</summary>
internal static class UsersPact
{
    public const string Consumer = "KitConsumer";
    public const string Provider = "KitProvider";

    public static PactBuilder Create(PactSpecification specification, int expectedStatus = 200, object? expectedBody = null)
    {
        var pact = new PactBuilder(Consumer, Provider, specification);
        pact.UponReceiving("a request for user 42")
            .Given("user exists", new Dictionary<string, object?> { ["id"] = "42", ["active"] = true })
            .WithRequest("GET", "/users/42")
            .WithHeader("Accept", "application/json")
            .WillRespond(expectedStatus)
            .WithHeader("Content-Type", "application/json")
            .WithJsonBody(expectedBody ?? new
            {
                id = Match.Type(42),
                name = Match.Regex("^[A-Z][a-z]+$", "Someone"),
                email = Match.Include("@"),
            });
        return pact;
    }

    /// <summary>Writes the pact by exercising the mock server, as a consumer test would.</summary>
    public static async Task<string> WriteAsync(string directory, PactSpecification specification, int expectedStatus = 200, object? expectedBody = null)
    {
        using var pact = Create(specification, expectedStatus, expectedBody);
        await using (var server = pact.StartMockServer())
        {
            using var client = new HttpClient { BaseAddress = server.BaseUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/users/42");
            request.Headers.Add("Accept", "application/json");
            using var _ = await client.SendAsync(request);
            server.EnsureMatched();
        }

        return pact.WriteTo(directory);
    }
}
