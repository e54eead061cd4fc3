using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Console;

/// <summary>The sandbox web console at <c>/</c>.</summary>
internal static class ConsolePage
{
    public static IEndpointRouteBuilder MapConsole(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", () => Results.Content(ConsoleHtml.Page, "text/html; charset=utf-8"));
        return routes;
    }
}
