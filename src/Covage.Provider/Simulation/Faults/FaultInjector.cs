using System.Globalization;
using Covage.Provider.Http.Errors;
using Covage.Provider.Simulation.Traffic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Covage.Provider.Simulation.Faults;

/// <summary>
/// Middleware, inside the traffic recorder: applies the faults in force to calls to <c>/api/</c>
/// (latency, 429 with <c>Retry-After</c>, 503 in the envelope, a dropped connection).
/// </summary>
internal static class FaultInjector
{
    public static IApplicationBuilder UseFaultInjector(this IApplicationBuilder app) => app.Use(InjectAsync);

    private static async Task InjectAsync(HttpContext context, RequestDelegate next)
    {
        if (TrafficRequest.Of(context) is not { } request)
        {
            await next(context);
            return;
        }

        var sandbox = context.RequestServices.GetRequiredService<Sandbox>();
        var (latency, answer) = sandbox.Faults.Hits(request.OperatorUuid, request.Method, request.Path);
        if (latency > TimeSpan.Zero)
        {
            new InjectedFault(string.Create(CultureInfo.InvariantCulture, $"latency {latency.TotalMilliseconds:0} ms"), false, null).Attach(context);
            await Task.Delay(latency, sandbox.Clock, context.RequestAborted);
        }

        if (answer is null)
        {
            await next(context);
            return;
        }

        var spec = answer.Spec;
        switch (spec.Kind)
        {
            case FaultKind.Throttle:
                var wait = spec.RetryAfterSeconds ?? 1;
                new InjectedFault("throttle", true, null).Attach(context);
                await new ApiError(StatusCodes.Status429TooManyRequests, $"Request was throttled. Expected available in {wait} seconds.",
                    retryAfter: TimeSpan.FromSeconds(wait)).ExecuteAsync(context);
                break;
            case FaultKind.Unavailable:
                new InjectedFault("unavailable", true, null).Attach(context);
                await new ApiError(StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable, try again later.",
                    retryAfter: spec.RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null).ExecuteAsync(context);
                break;
            default:
                await DropAsync(context, next, spec.Processed);
                break;
        }
    }

    /// <summary>Serves the request into a buffer nobody reads (unless told not to serve it), then closes the connection.</summary>
    private static async Task DropAsync(HttpContext context, RequestDelegate next, bool processed)
    {
        var dropped = new DroppedAnswer(0, CapturedBody.None);
        if (processed)
        {
            var body = context.Features.Get<IHttpResponseBodyFeature>()!;
            await using var sink = new CaptureStream(Stream.Null, TrafficRecorder.MaxResponseBytes);
            var feature = new StreamResponseBodyFeature(sink);
            context.Features.Set<IHttpResponseBodyFeature>(feature);
            try
            {
                await next(context);
                await feature.CompleteAsync();
            }
            finally
            {
                context.Features.Set(body);
            }

            dropped = new DroppedAnswer(context.Response.StatusCode, sink.Captured());
        }

        new InjectedFault("drop", true, dropped).Attach(context);
        context.Abort();
    }
}
