using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string InfoFeature = "events/info-messages.feature";

    /// <summary>AUTH-INFO-GROUPS and THR-INFO-5MIN: admins may post, the window is the order's, a throttled try does not restart it.</summary>
    private static IEnumerable<CaughtCase> Info()
    {
        yield return new("info-admin-refused", DeliveryOnly(), InfoFeature, "a user of the admin group can post an info message", "the request is accepted");
        yield return new("info-window-per-user", WindowPerUser(), InfoFeature, "the window is the order's, whoever", "refused with a client error");
        yield return new("info-throttle-restarts", ThrottleRestarts(), InfoFeature, "a throttled message does not restart the window", "the request is accepted");
    }

    private static bool PostsInfo(Call c) => c.Method == "POST" && InfoPath().IsMatch(c.Path);

    /// <summary>Only the delivery group may post: the admin user's tokens (learnt at login) get 403.</summary>
    private static Mutant DeliveryOnly()
    {
        var admins = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        return new Mutant("info messages for the delivery group only", async (request, send) =>
        {
            var call = await Call.ReadAsync(request);
            if (PostsInfo(call) && admins.ContainsKey(request.Headers.Authorization?.Parameter ?? ""))
            {
                return Json(HttpStatusCode.Forbidden, """{"apirequest_uuid": "KOSC_00000000-0000-4000-8000-000000000000", "error": "delivery group only", "details": null}""");
            }

            var response = await send(request);
            if (call.Is("POST", "/api/v2/account/token/") && (int)response.StatusCode == 200
                && call.Json?["email"]?.GetValue<string>().StartsWith("admin@", StringComparison.OrdinalIgnoreCase) == true)
            {
                var access = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["access"]?.GetValue<string>();
                admins.TryAdd(access ?? "", true);
            }

            return response;
        });
    }

    /// <summary>The window is kept per user: another user's message on a throttled order goes through (and creates nothing).</summary>
    private static Mutant WindowPerUser()
    {
        var lastWriter = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        return new Mutant("info window per user", async (request, send) =>
        {
            var call = await Call.ReadAsync(request);
            var response = await send(request);
            if (!PostsInfo(call))
            {
                return response;
            }

            var order = InfoPath().Match(call.Path).Groups[1].Value;
            var token = request.Headers.Authorization?.Parameter ?? "";
            if ((int)response.StatusCode == 200)
            {
                lastWriter[order] = token;
            }
            else if ((int)response.StatusCode == 429 && lastWriter.TryGetValue(order, out var writer) && writer != token)
            {
                return Json(HttpStatusCode.OK, """{"info": "Event was successfully created, please wait 5 minutes before trying again on this order"}""");
            }

            return response;
        });
    }

    /// <summary>A throttled attempt restarts the window (on the simulator clock, read from the kit's clock moves).</summary>
    private static Mutant ThrottleRestarts()
    {
        var seconds = 0L;
        var throttledAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        return new Mutant("a throttled info message restarts the window", async (request, send) =>
        {
            var call = await Call.ReadAsync(request);
            if (call.Is("POST", "/_simulator/clock/advance/"))
            {
                Interlocked.Add(ref seconds, call.Json?["seconds"]?.GetValue<long>() ?? 0);
            }

            var response = await send(request);
            if (!PostsInfo(call))
            {
                return response;
            }

            var order = InfoPath().Match(call.Path).Groups[1].Value;
            var now = Interlocked.Read(ref seconds);
            if ((int)response.StatusCode == 429)
            {
                throttledAt[order] = now;
            }
            else if ((int)response.StatusCode == 200 && throttledAt.TryGetValue(order, out var at) && now - at < 300)
            {
                // Too late to take the event back: the answer says throttled, the way such a provider would.
                var wait = (300 - (now - at)).ToString(CultureInfo.InvariantCulture);
                var throttled = Json((HttpStatusCode)429, $$"""{"apirequest_uuid": "KOSC_00000000-0000-4000-8000-000000000000", "error": "Request was throttled.", "details": null}""");
                throttled.Headers.TryAddWithoutValidation("Retry-After", wait);
                return throttled;
            }

            return response;
        });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    [GeneratedRegex("^/api/v2/orders/([0-9a-f-]{36})/events/info/?$")]
    private static partial Regex InfoPath();
}
