using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Covage.Conformance.Tests.Mutants;

internal static partial class CaughtCases
{
    private const string V1UpdateFeature = "v1/update-order-v1.feature";

    /// <summary>UPD-V1-WHITELIST and UPD-V1-WHOLE-DOCUMENT, field by field.</summary>
    private static IEnumerable<CaughtCase> V1Update()
    {
        static bool Puts(Call c) => c.Method == "PUT" && V1Order().IsMatch(c.Path);

        foreach (var (field, step) in new[] { ("options", "\"options.contract_term\" carries"), ("enni", "\"enni.enni_vlan\""), ("contacts.owner", "\"contacts.owner.email\"") })
        {
            yield return new($"v1-put-ignores-{field}",
                Mutant.Request($"a v1 PUT ignores {field}", Puts, (_, body) =>
                {
                    var dot = field.IndexOf('.', StringComparison.Ordinal);
                    (dot < 0 ? body as JsonObject : body?[field[..dot]] as JsonObject)?.Remove(dot < 0 ? field : field[(dot + 1)..]);
                    return body;
                }),
                V1UpdateFeature, "whitelisted fields are taken into account", step);
        }

        foreach (var (field, v2Path) in new[] { ("eligibility_ref", "eligibility_ref"), ("address", "bounds[0].address"), ("endpoints", "bounds[0].endpoints[0].reference") })
        {
            yield return new($"v1-put-applies-{field}", AppliesIgnored(field), V1UpdateFeature, "other fields sent in a PUT are ignored", $"\"{v2Path}\" has not changed");
        }

        foreach (var (field, step) in new[] { ("options", "\"options\" is empty"), ("owner", "\"owner\" is empty") })
        {
            yield return new($"v1-put-keeps-{field}", KeepsLeftOut(field), V1UpdateFeature, "a modifiable field left out of the PUT is deleted", step);
        }
    }

    /// <summary>A v1 PUT that does change a field it should ignore: the v2 view shows the PUT's value afterwards.</summary>
    private static Mutant AppliesIgnored(string field)
    {
        var sent = new ConcurrentDictionary<string, JsonNode>(StringComparer.Ordinal);
        return new Mutant($"a v1 PUT applies {field}", async (request, send) =>
        {
            var call = await Call.ReadAsync(request);
            var response = await send(request);
            var v1 = V1Order().Match(call.Path);
            if (call.Method == "PUT" && v1.Success && call.Json?[field] is { } value)
            {
                sent[v1.Groups[1].Value] = value.DeepClone();
                return response;
            }

            var v2 = V2Order().Match(call.Path);
            if (call.Method != "GET" || !v2.Success || !sent.TryGetValue(v2.Groups[1].Value, out var put))
            {
                return response;
            }

            var order = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            switch (field)
            {
                case "eligibility_ref":
                    order["eligibility_ref"] = put.DeepClone();
                    break;
                case "address":
                    order["bounds"]![0]!["address"]!["street_name"] = put["street_name"]!.DeepClone();
                    break;
                default:
                    order["bounds"]![0]!["endpoints"]![0]!["reference"] = put[0]!["endpoint_ref"]!.DeepClone();
                    break;
            }

            return new HttpResponseMessage(response.StatusCode) { Content = new StringContent(order.ToJsonString(), Encoding.UTF8, "application/json") };
        });
    }

    /// <summary>A v1 PUT merged like a PATCH: a field left out keeps its value.</summary>
    private static Mutant KeepsLeftOut(string field) => new($"a v1 PUT keeps {field} when left out", async (request, send) =>
    {
        var call = await Call.ReadAsync(request);
        if (call.Method == "PUT" && V1Order().IsMatch(call.Path) && call.Json is JsonObject body && body[field] is null)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, request.RequestUri);
            read.Headers.Authorization = request.Headers.Authorization;
            var current = JsonNode.Parse(await (await send(read)).Content.ReadAsStringAsync());
            body[field] = current?[field]?.DeepClone();
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await send(request);
    });

    [GeneratedRegex("^/api/orders/([0-9a-f-]{36})/$")]
    private static partial Regex V1Order();

    [GeneratedRegex("^/api/v2/orders/([0-9a-f-]{36})/$")]
    private static partial Regex V2Order();
}
