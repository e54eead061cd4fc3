using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.OpenApi;

/// <summary><c>GET /openapi.json</c>: the OpenAPI 3.1 description of the API and of the control API, no credentials needed.</summary>
internal static class OpenApiApi
{
    public static IEndpointRouteBuilder MapOpenApiDescription(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/openapi.json", () => Results.Bytes(OpenApiDescription.Bytes, "application/json"));
        return routes;
    }
}
