using System.Text;
using Covage.Conformance.SchemaValidation;
using Covage.Provider;

namespace Covage.Conformance.Tests.Certification;

/// <summary>The sandbox's traffic, faults and stop answers match the schemas the OpenAPI description shows.</summary>
public sealed class ControlSchemasTests
{
    [Fact]
    public async Task ControlCalls_Answers_MatchTheirSchemas()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = "k" }, ProviderTransport.InMemory);
        using var http = host.CreateClient();
        var schemas = await SchemaCatalog.LoadAsync(Path.Combine(AppContext.BaseDirectory, "schemas"));

        var added = await SendAsync(http, HttpMethod.Post, "_simulator/faults/", """{"faults":[{"kind":"throttle","route":"GET /api/events/","count":1},{"kind":"drop","processed":false,"fraction":0.5}]}""");
        using (await http.GetAsync("api/v2/orders/"))
        {
        }

        var traffic = await SendAsync(http, HttpMethod.Get, "_simulator/traffic/", null);
        var stop = await SendAsync(http, HttpMethod.Post, "_simulator/stop/", null);

        Assert.Empty(schemas.Validate("simulator/faults.request.schema.json", """{"faults":[{"kind":"latency","latency_ms":5}]}"""));
        Assert.NotEmpty(schemas.Validate("simulator/faults.request.schema.json", """{"kind":"latency","every":2}"""));
        Assert.Empty(schemas.Validate("simulator/faults.schema.json", added));
        Assert.Empty(schemas.Validate("simulator/traffic.schema.json", traffic));
        Assert.Contains("\"status\":401", traffic, StringComparison.Ordinal);
        Assert.Empty(schemas.Validate("simulator/stop.schema.json", stop));
    }

    private static async Task<string> SendAsync(HttpClient http, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Simulator-Key", "k");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
