using System.Text.RegularExpressions;
using Covage.Provider.Tests.Support;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Tests.OpenApi;

/// <summary>GET /openapi.json describes every route the provider maps, and nothing it does not.</summary>
public sealed partial class OpenApiRoutesTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Fact]
    public async Task OpenApiJson_NoCredentials_DescribesEveryMappedRoute()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/openapi.json", null, auth: null);
        Assert.Equal(200, response.Code);
        var documented = response.Json["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {Shape(p.Key)}"))
            .ToHashSet(StringComparer.Ordinal);

        var mapped = await MappedRoutesAsync();

        Assert.Empty(mapped.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(mapped).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApiJson_Document_Is31PlainUtf8WithTheSimulatorKeyScheme()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/openapi.json", null, auth: null);

        Assert.Equal("3.1.0", response.Json["openapi"]!.GetValue<string>());
        Assert.DoesNotContain("\\u0027", response.Body, StringComparison.Ordinal);
        Assert.Contains("X-Simulator-Key", response.Json["components"]!["securitySchemes"]!["simulator_key"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<HashSet<string>> MappedRoutesAsync()
    {
        await using var app = ProviderApp.Build(new ProviderOptions(), ProviderTransport.InMemory, "127.0.0.1", 0);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var sources = ((IEndpointRouteBuilder)app).DataSources;
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // The console page and the description itself are not API calls.
            if (pattern is "/" or "/openapi.json")
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                routes.Add($"{method} {Shape(pattern)}");
            }
        }

        return routes;
    }

    /// <summary>Parameter names differ between the routes and the description (uuid, order_uuid): compare shapes.</summary>
    private static string Shape(string path) => Parameter().Replace(path.Replace("//", "/", StringComparison.Ordinal), "{}");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();
}
