using System.Net;
using System.Text;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string EnniFeature = "orders/enni.feature";

    /// <summary>ORD-ENNI-READONLY: the refusal of a create is a real one, and v1 cannot change an ENNI order either.</summary>
    private static IEnumerable<CaughtCase> Enni()
    {
        static bool CreatesEnni(Call c) => c.Is("POST", "/api/v2/orders/") && c.Json?["product"]?["code"]?.GetValue<string>()?.StartsWith("EN", StringComparison.Ordinal) == true;

        yield return new("enni-create-401",
            Mutant.Reply("an ENNI create answers 401", CreatesEnni, (_, status, body) => (status is >= 400 and < 500 ? 401 : status, body)),
            EnniFeature, "creating an ENNI order is refused as invalid or forbidden", "refused with status 400 or 403");
        yield return new("enni-create-leaves-an-order", LeavesAnEnniOrder(CreatesEnni),
            EnniFeature, "the operator cannot create an ENNI order", "as many orders");
        foreach (var (id, scenario) in new[]
        {
            ("enni-v1-replace", "the operator cannot replace its ENNI order through v1"),
            ("enni-v1-submit", "the operator cannot submit its ENNI order through v1"),
            ("enni-v1-delete", "the operator cannot delete its ENNI order through v1"),
        })
        {
            yield return new(id, V1Accepts(), EnniFeature, scenario, "refused with a client error");
        }
    }

    /// <summary>The refusal of an ENNI create leaves an order behind: the operator's count of family N orders grows.</summary>
    private static Mutant LeavesAnEnniOrder(Func<Call, bool> createsEnni)
    {
        var extra = 0;
        return new Mutant("an ENNI create is refused but kept", async (request, send) =>
        {
            var call = await Call.ReadAsync(request);
            var response = await send(request);
            if (createsEnni(call) && (int)response.StatusCode >= 400)
            {
                Interlocked.Increment(ref extra);
            }
            else if (call.Is("GET", "/api/v2/orders/") && call.Query.Contains("product_family=N", StringComparison.Ordinal)
                && response.Headers.TryGetValues("X-Total-Count", out var values) && int.TryParse(values.First(), out var total))
            {
                response.Headers.Remove("X-Total-Count");
                response.Headers.TryAddWithoutValidation("X-Total-Count", (total + Volatile.Read(ref extra)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return response;
        });
    }

    /// <summary>v1 PUT, submit and DELETE answer as if the order were the operator's to change.</summary>
    private static Mutant V1Accepts() => new("v1 changes ENNI orders", async (request, send) =>
    {
        var call = await Call.ReadAsync(request);
        var authorization = request.Headers.Authorization;
        var response = await send(request);
        if (!call.Path.StartsWith("/api/orders/", StringComparison.Ordinal) || call.Method == "GET" || (int)response.StatusCode < 400)
        {
            return response;
        }

        if (call.Method != "PUT")
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        }

        // The PUT "succeeds": it answers the order as it is.
        using var read = new HttpRequestMessage(HttpMethod.Get, request.RequestUri);
        read.Headers.Authorization = authorization;
        var order = await send(read);
        var text = await order.Content.ReadAsStringAsync();
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
    });
}
