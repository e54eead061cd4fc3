using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Covage.Provider.Console;

/// <summary>The sandbox web console at <c>/</c>: one self-contained page that talks to the public API and <c>/_simulator/</c>.</summary>
internal static class ConsolePage
{
    // The page carries its own CSS and script, so nothing else may load: no CDN, no third-party asset.
    private const string Policy = "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder routes)
    {
        // Built once: the sandbox's console mark never changes while it runs.
        var page = ConsoleHtml.Page(routes.ServiceProvider.GetRequiredService<Sandbox>().ConsoleMark);
        routes.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = Policy;
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(page, "text/html; charset=utf-8");
        });
        return routes;
    }
}
