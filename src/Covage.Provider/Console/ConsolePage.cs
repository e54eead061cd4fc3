using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Console;

/// <summary>The sandbox web console at <c>/</c>: one self-contained page that talks to the public API and <c>/_simulator/</c>.</summary>
internal static class ConsolePage
{
    // The page carries its own CSS and script, so nothing else may load: no CDN, no third-party asset.
    private const string Policy = "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(ConsoleHtml.Page, "text/html; charset=utf-8");
        });
        return routes;
    }
}
