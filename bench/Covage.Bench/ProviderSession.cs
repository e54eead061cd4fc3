using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Covage.Provider;

namespace Covage.Bench;

/// <summary>The benchmark's own API client: sign-in, the control API, and the order bodies it sends.</summary>
internal sealed class ProviderSession(ProviderHost host, JsonNode fixtures) : IDisposable
{
    public static readonly MediaTypeHeaderValue JsonType = new("application/json");

    private readonly HttpClient _http = host.CreateClient();

    public Uri BaseAddress => host.BaseAddress;

    public string Token { get; private set; } = "";

    private JsonNode Operator => fixtures["operators"]![0]!;

    public static async Task<ProviderSession> OpenAsync(ProviderHost host)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_simulator/fixtures/");
        request.Headers.Add("X-Simulator-Key", host.SimulatorKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var session = new ProviderSession(host, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        await session.LoginAsync();
        return session;
    }

    /// <summary>Signs in again: moving the virtual clock a day outlives every token.</summary>
    public async Task LoginAsync()
    {
        var user = Operator["users"]![0]!;
        var body = new JsonObject { ["email"] = user["email"]!.DeepClone(), ["password"] = user["password"]!.DeepClone() };
        var answer = await SendAsync(HttpMethod.Post, "/api/v2/account/token/", body.ToJsonString(), auth: false);
        Token = answer["access"]!.GetValue<string>();
    }

    public Task<JsonNode> AdvanceClockAsync(TimeSpan by) =>
        ControlAsync("/_simulator/clock/advance/", $"{{\"seconds\":{(long)by.TotalSeconds}}}");

    /// <summary>Empties the sandbox's traffic log (<c>DELETE /_simulator/traffic/</c>).</summary>
    public Task<JsonNode> ClearTrafficAsync() => SendAsync(HttpMethod.Delete, "/_simulator/traffic/", null, auth: false, control: true);

    public Task<JsonNode> ControlAsync(string path, string body) => SendAsync(HttpMethod.Post, path, body, auth: false, control: true);

    public async Task<JsonNode> SendAsync(HttpMethod method, string path, string? body, bool auth = true, bool control = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (auth)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (control)
        {
            request.Headers.Add("X-Simulator-Key", host.SimulatorKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = JsonType;
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
    }

    public async Task<byte[]> GetBytesAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A complete activate draft; <paramref name="variant"/> spreads orders over families and request types.</summary>
    public string DraftBody(long variant, string orderRef)
    {
        var (technology, requestType, product) = (variant % 4) switch
        {
            0 => ("copper", "activate", "AM01"),
            1 => ("copper", "create", "SD01"),
            2 => ("fiber", "create", "FP01"),
            _ => ("copper", "activate", "AM02"),
        };
        var eligibility = Operator["eligibility"]![technology]![requestType]!.GetValue<string>();
        var contact = Operator["contacts"]![0]!.GetValue<string>();
        return $$$"""
            {"type":"activate","eligibility_ref":"{{{eligibility}}}","request_type":"{{{requestType}}}","product":{"code":"{{{product}}}"},
             "end_customer":{"type":"unregistered","name":"Alethkar Palace","contact":{"first_name":"Adolin","last_name":"Kholin","email":"adolin.kholin@palace.ak"}},
             "operator_info":{"order_ref":"{{{orderRef}}}","order_name":"Benchmark order","contact_uuid":"{{{contact}}}"}}
            """;
    }

    public void Dispose() => _http.Dispose();
}
