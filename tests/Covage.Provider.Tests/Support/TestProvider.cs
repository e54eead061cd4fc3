using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Covage.Provider.Tests.Support;

/// <summary>An in-memory provider with logged-in clients for the seeded users.</summary>
internal sealed class TestProvider : IAsyncDisposable
{
    public const string Key = "test-key";

    private readonly ProviderHost _host;
    private readonly Dictionary<string, string> _tokens = [];

    private TestProvider(ProviderHost host, JsonNode fixtures)
    {
        _host = host;
        Fixtures = fixtures;
        Http = host.CreateClient();
    }

    public HttpClient Http { get; }

    public JsonNode Fixtures { get; }

    public JsonNode Operator(int index) => Fixtures["operators"]![index]!;

    public string Eligibility(string technology, string requestType, int op = 0) =>
        Operator(op)["eligibility"]![technology]![requestType]!.GetValue<string>();

    public string Contact(int op = 0) => Operator(op)["contacts"]![0]!.GetValue<string>();

    public static async Task<TestProvider> StartAsync(ProviderTransport transport = ProviderTransport.InMemory, ProviderOptions? options = null)
    {
        var host = await ProviderHost.StartAsync(options ?? new ProviderOptions { SimulatorKey = Key }, transport);
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_simulator/fixtures/");
        request.Headers.Add("X-Simulator-Key", Key);
        using var response = await client.SendAsync(request);
        var fixtures = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new TestProvider(host, fixtures);
    }

    public async Task<string> TokenAsync(string email)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            var op = Fixtures["operators"]!.AsArray().SelectMany(o => o!["users"]!.AsArray()).First(u => u!["email"]!.GetValue<string>() == email)!;
            var login = await SendAsync(HttpMethod.Post, "/api/v2/account/token/", new JsonObject { ["email"] = email, ["password"] = op["password"]!.GetValue<string>() }, auth: null);
            token = login.Json["access"]!.GetValue<string>();
            _tokens[email] = token;
        }

        return token;
    }

    public Task<ApiResponse> AsAsync(string email, HttpMethod method, string path, JsonNode? body = null) =>
        SendWithTokenAsync(email, method, path, body);

    public async Task<ApiResponse> SendWithTokenAsync(string email, HttpMethod method, string path, JsonNode? body = null) =>
        await SendAsync(method, path, body, "Bearer " + await TokenAsync(email));

    /// <summary>As the first operator's delivery user.</summary>
    public Task<ApiResponse> CallAsync(HttpMethod method, string path, JsonNode? body = null) =>
        SendWithTokenAsync("delivery@alpha.example", method, path, body);

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, JsonNode? body, string? auth, string? raw = null, string contentType = "application/json", bool simulator = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (auth is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(auth);
        }

        if (simulator)
        {
            request.Headers.Add("X-Simulator-Key", Key);
        }

        if (raw is not null || body is not null)
        {
            request.Content = new StringContent(raw ?? body!.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>Sends bytes as they are (invalid UTF-8 included), with the content type given.</summary>
    public async Task<ApiResponse> SendBytesAsync(HttpMethod method, string path, byte[] body, string? auth, string contentType = "application/json", bool simulator = false)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (auth is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(auth);
        }

        if (simulator)
        {
            request.Headers.Add("X-Simulator-Key", Key);
        }

        var response = await Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public Task<ApiResponse> ControlAsync(HttpMethod method, string path, JsonNode? body = null) =>
        SendAsync(method, path, body ?? new JsonObject(), null, simulator: true);

    public async Task<JsonNode> CreateAsync(string technology = "copper", string requestType = "activate", string product = "AM01", int op = 0, JsonObject? extra = null)
    {
        var body = new JsonObject
        {
            ["type"] = "activate",
            ["eligibility_ref"] = Eligibility(technology, requestType, op),
            ["product"] = new JsonObject { ["code"] = product },
            ["request_type"] = requestType,
        };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        var email = Operator(op)["users"]![0]!["email"]!.GetValue<string>();
        var response = await SendWithTokenAsync(email, HttpMethod.Post, "/api/v2/orders/", body);
        Assert.True(response.Code == 200, response.Body);
        return response.Json;
    }

    public static JsonObject Complete(string? orderRef = null, string? contact = null) => new()
    {
        ["end_customer"] = new JsonObject
        {
            ["type"] = "unregistered",
            ["name"] = "Alethkar Palace",
            ["contact"] = new JsonObject { ["first_name"] = "Adolin", ["last_name"] = "Kholin", ["email"] = "adolin.kholin@palace.ak" },
        },
        ["operator_info"] = new JsonObject
        {
            ["order_ref"] = orderRef ?? $"REF-{Guid.NewGuid():N}",
            ["order_name"] = "Alethkar Palace Order",
            ["contact_uuid"] = contact,
        },
    };

    /// <summary>A draft filled with every field submit needs, then submitted.</summary>
    public async Task<JsonNode> SubmittedAsync(string technology = "copper", string requestType = "activate", string product = "AM01")
    {
        var order = await CreateAsync(technology, requestType, product);
        var uuid = order["uuid"]!.GetValue<string>();
        var fill = await CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", Complete(contact: Contact()));
        Assert.True(fill.Code == 200, fill.Body);
        var submit = await CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });
        Assert.True(submit.Code == 200, submit.Body);
        return submit.Json;
    }

    public Task<ApiResponse> DriveAsync(string uuid, string to, string? evt = null, JsonObject? data = null)
    {
        var body = new JsonObject { ["to"] = to };
        if (evt is not null)
        {
            body["event"] = evt;
        }

        if (data is not null)
        {
            body["data"] = data;
        }

        return ControlAsync(HttpMethod.Post, $"/_simulator/orders/{uuid}/transitions/", body);
    }

    /// <summary>
    /// Back to the freshly seeded state, as a new provider would be: the world reset (orders, events,
    /// services, tokens, virtual clock), faults and recorded traffic forgotten, no token kept here.
    /// </summary>
    public async Task ResetAsync()
    {
        _tokens.Clear();
        foreach (var (method, path) in new[] { (HttpMethod.Post, "/_simulator/reset/"), (HttpMethod.Delete, "/_simulator/faults/"), (HttpMethod.Delete, "/_simulator/traffic/") })
        {
            var response = await SendAsync(method, path, null, null, simulator: true);
            Assert.True(response.Code is >= 200 and < 300, $"{method} {path}: {response.Code} {response.Body}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
    }
}
