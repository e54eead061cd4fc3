using System.Globalization;
using Covage.Provider.Http.Errors;
using Covage.Provider.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Simulation.Traffic;

/// <summary>
/// <c>GET /_simulator/traffic/</c>: the recorded calls, oldest first. With the simulator key every
/// operator's (optionally <c>operator=</c>); with an operator's bearer token only that operator's.
/// Filters: <c>after</c> (a <c>seq</c>), <c>order</c>, <c>status</c> (<c>404</c>, <c>4xx</c>, <c>refused</c>),
/// <c>limit</c> (at most 1000). <c>DELETE</c> (simulator key) forgets them.
/// </summary>
internal static class TrafficApi
{
    public static RouteGroupBuilder MapTrafficApi(this IEndpointRouteBuilder routes)
    {
        // Like the rest of /_simulator/: only requests addressed to the sandbox itself (SIM-HOST).
        var group = routes.MapGroup("/_simulator/traffic").AddEndpointFilter(HostGuard.Filter);
        group.MapGet("/", List);
        group.MapDelete("/", Clear).AddEndpointFilter(SimulatorApi.RequireKey);
        return group;
    }

    private static IResult List(HttpContext context, Sandbox sandbox)
    {
        var query = context.Request.Query;
        string? only;
        if (SimulatorKey.Given(context, sandbox))
        {
            only = query["operator"].ToString() is { Length: > 0 } op ? op : null;
        }
        else
        {
            var header = context.Request.Headers.Authorization.ToString();
            var space = header.IndexOf(' ', StringComparison.Ordinal);
            var user = space > 0 ? sandbox.Current.Tokens.Validate(header[(space + 1)..].Trim()) : null;
            if (user is null)
            {
                return ApiError.Unauthorized("The traffic view needs the X-Simulator-Key header or an operator's bearer token.");
            }

            only = user.OperatorUuid;
        }

        if (!Whole(query["after"], 0, long.MaxValue, out var after) || !Whole(query["limit"], 1, 1000, out var limit, 200))
        {
            return ApiError.BadRequest("SIM-TRAFFIC", "after", "after and limit are whole numbers (limit 1 to 1000).");
        }

        var order = query["order"].ToString();
        var status = query["status"].ToString();
        var last = sandbox.Traffic.Last;
        var entries = sandbox.Traffic.After(after, (int)limit, e =>
            (only is null || e.Request.OperatorUuid == only)
            && (order.Length == 0 || string.Equals(e.OrderUuid, order, StringComparison.OrdinalIgnoreCase))
            && StatusMatches(e.Status, status));
        return JsonAnswer.Writing(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("last_seq", entries.Count == (int)limit ? entries[^1].Sequence : last);
            w.WriteNumber("in_flight", sandbox.Traffic.InFlight);
            w.WriteBoolean("recording", sandbox.Options.RecordTraffic);
            w.WriteStartArray("entries");
            foreach (var entry in entries)
            {
                TrafficJson.Write(w, entry);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult Clear(Sandbox sandbox)
    {
        sandbox.Traffic.Clear();
        return Results.Bytes("{}"u8.ToArray(), "application/json");
    }

    /// <summary><c>404</c> an exact status, <c>4xx</c> a class, <c>refused</c> any 4xx, <c>failed</c> 5xx or dropped (0).</summary>
    private static bool StatusMatches(int status, string filter) => filter switch
    {
        "" => true,
        "refused" => status is >= 400 and < 500,
        "failed" => status is 0 or >= 500,
        [var c, 'x', 'x'] when char.IsAsciiDigit(c) => status / 100 == c - '0',
        _ => int.TryParse(filter, NumberStyles.None, CultureInfo.InvariantCulture, out var exact) && status == exact,
    };

    private static bool Whole(Microsoft.Extensions.Primitives.StringValues values, long min, long max, out long value, long fallback = 0)
    {
        value = fallback;
        var text = values.ToString();
        return text.Length == 0
            || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}
