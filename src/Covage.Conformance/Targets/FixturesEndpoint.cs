namespace Covage.Conformance.Targets;

/// <summary>The fixtures document a provider with the control API serves at <c>GET /_simulator/fixtures/</c>.</summary>
internal static class FixturesEndpoint
{
    public static async Task<string> ReadJsonAsync(HttpClient http, string simulatorKey, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "_simulator/fixtures/");
        request.Headers.Add("X-Simulator-Key", simulatorKey);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }
}
