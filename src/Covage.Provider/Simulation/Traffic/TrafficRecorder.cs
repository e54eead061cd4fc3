using System.Diagnostics;
using Covage.Provider.Http.Errors;
using Covage.Provider.Simulation.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// Middleware: records every call to <c>/api/</c> with its answer and the rules the answer cited, so
/// the console's traffic view and <c>certify-client</c> can show and judge what a client sent.
/// </summary>
internal static class TrafficRecorder
{
    public const int MaxResponseBytes = 512 * 1024;

    public static IApplicationBuilder UseTrafficRecorder(this IApplicationBuilder app) => app.Use(RecordAsync);

    private static async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var sandbox = context.RequestServices.GetRequiredService<Sandbox>();
        sandbox.Traffic.Begin();
        try
        {
            await RecordAsync(context, next, sandbox);
        }
        finally
        {
            sandbox.Traffic.End();
        }
    }

    private static async Task RecordAsync(HttpContext context, RequestDelegate next, Sandbox sandbox)
    {
        var at = sandbox.Clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var request = await TrafficRequest.ReadAsync(context, sandbox);
        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var capture = new CaptureStream(body.Stream, MaxResponseBytes);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, body));
        try
        {
            await next(context);
            if (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
            }
        }
        finally
        {
            context.Features.Set(body);
            Record(context, sandbox, request, at, Stopwatch.GetElapsedTime(started), capture.Captured());
        }
    }

    private static void Record(HttpContext context, Sandbox sandbox, TrafficRequest request, DateTimeOffset at, TimeSpan duration, CapturedBody response)
    {
        var fault = InjectedFault.Of(context);
        var status = fault?.Dropped is not null ? 0 : context.Response.StatusCode;
        var rules = fault is { AnsweredInstead: true } || status < 400 ? [] : CitedRules(context, sandbox, request, status);
        var issued = status == StatusCodes.Status200OK && TrafficSecrets.IsTokenPath(context.Request.Path)
            ? TrafficSecrets.IssuedAccess(response.Text)
            : null;
        if (issued is not null && request.OperatorUuid is null && sandbox.Current.Tokens.Validate(issued) is { } user)
        {
            request = request with { OperatorUuid = user.OperatorUuid, UserEmail = user.Email };
        }

        var shown = TrafficSecrets.IsTokenPath(context.Request.Path) ? TrafficSecrets.Mask(response) : response;
        var retryAfter = context.Response.Headers.RetryAfter.ToString();
        sandbox.Traffic.Add(sequence => new TrafficEntry(
            sequence, at, Math.Round(duration.TotalMilliseconds, 1), request, status, retryAfter.Length > 0 ? retryAfter : null,
            fault?.Dropped is { } dropped ? dropped.Body : shown, rules, fault?.Kind, fault?.Dropped?.Status,
            TrafficOrders.OrderOf(request, fault?.Dropped?.Status ?? status, fault?.Dropped?.Body ?? response),
            issued is null ? null : TrafficRequest.IdOf(issued)));
    }

    /// <summary>
    /// The rules the refusal cited. A 404 on another operator's order is AUTH-ISOLATION: the client
    /// cannot tell, but the operator debugging it should know.
    /// </summary>
    private static IReadOnlyList<string> CitedRules(HttpContext context, Sandbox sandbox, TrafficRequest request, int status)
    {
        var cited = (context.Items[ApiError.CitedRulesItem] as ApiError)?.Rules ?? ["ERR-ENVELOPE"];
        if (status == StatusCodes.Status404NotFound && TrafficOrders.UuidInPath(request.Path) is { } uuid
            && sandbox.Current.State.Orders.TryGetValue(uuid, out var slot) && slot.Current.OperatorUuid != request.OperatorUuid)
        {
            return ["AUTH-ISOLATION"];
        }

        return cited;
    }
}
