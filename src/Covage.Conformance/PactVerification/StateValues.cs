using System.Text.Json.Nodes;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// Values a pact may inject into its requests after a provider state (Pact provider-state
/// generators, e.g. <c>${bound_uuid}</c>): the order's uuid, its first bound and endpoint, and its
/// latest event. Covage creates those uuids afresh on every setup, so they are read back through the
/// API and added to the state-change answer.
/// </summary>
internal static class StateValues
{
    private const string DefaultOrderUuid = "0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2";

    public static async Task<string> AddAsync(string answer, string stateBody, Uri target, HttpClient http, string authorization, CancellationToken ct)
    {
        JsonObject values;
        string orderUuid;
        try
        {
            values = JsonNode.Parse(string.IsNullOrWhiteSpace(answer) ? "{}" : answer) as JsonObject ?? [];
            var parameters = JsonNode.Parse(stateBody)?["params"] as JsonObject;
            orderUuid = parameters?["order_uuid"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : DefaultOrderUuid;
        }
#pragma warning disable CA1031 // Nothing to add to an answer we cannot read.
        catch (Exception)
#pragma warning restore CA1031
        {
            return answer;
        }

        var order = await GetAsync(http, new Uri(target, $"api/v2/orders/{orderUuid}/"), authorization, ct) as JsonObject;
        if (order is null)
        {
            return answer;
        }

        values["order_uuid"] ??= orderUuid;
        var bound = (order["bounds"] as JsonArray)?.FirstOrDefault();
        values["bound_uuid"] ??= bound?["uuid"]?.DeepClone();
        values["endpoint_uuid"] ??= (bound?["endpoints"] as JsonArray)?.FirstOrDefault()?["uuid"]?.DeepClone();
        var events = await GetAsync(http, new Uri(target, $"api/events/?object_uuid={orderUuid}&limit=1"), authorization, ct) as JsonArray;
        if (events?.FirstOrDefault()?["event_uuid"] is { } eventUuid)
        {
            values["event_uuid"] ??= eventUuid.DeepClone();
        }

        return values.ToJsonString();
    }

    private static async Task<JsonNode?> GetAsync(HttpClient http, Uri url, string authorization, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
        }
#pragma warning disable CA1031 // Not JSON: no values.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
