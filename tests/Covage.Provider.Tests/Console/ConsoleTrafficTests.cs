using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Covage.Provider.Tests.Console;

/// <summary>The console's traffic view, in Debian's chromium, while a client calls the sandbox.</summary>
[Collection(ConsoleBrowsers.Name)]
public sealed class ConsoleTrafficTests(Chromium chromium) : IAsyncLifetime, IDisposable
{
    private const string Key = "traffic-test-key";
    private ProviderHost _host = null!;
    private HttpClient _client = null!;
    private IPage? _page;

    public async Task InitializeAsync()
    {
        _host = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = Key }, ProviderTransport.Loopback);
        _client = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    [Fact]
    public async Task Traffic_SandboxWithoutTrafficLog_TabSaysNothingIsRecorded()
    {
        await using var quiet = await ProviderHost.StartAsync(new ProviderOptions { SimulatorKey = Key, RecordTraffic = false }, ProviderTransport.Loopback);
        var page = _page = await chromium.NewPageAsync(1440, 900);
        await ConsoleSignIn.AsDeliveryAsync(page, quiet.BaseAddress, Key);

        await page.ClickAsync("#traffic-tab");

        await Expect(page.Locator("#traffic-state")).ToHaveTextAsync("not recorded");
        await Expect(page.Locator("#traffic-state")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("--no-traffic-log"));
        await Expect(page.Locator("#traffic-rows tr")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Traffic_ClientCalls_ShowWithAnswerAndRule_FilteredAndLive()
    {
        // The view polls every 1.5 s: each expectation waits for the rows it needs (Chromium's timeouts).
        var page = _page = await chromium.NewPageAsync(1440, 900);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await ConsoleSignIn.AsDeliveryAsync(page, _host.BaseAddress, Key);

        // The operator's own client: log in, create a draft, write a status it may not write.
        var token = await LogInAsync("delivery@alpha.example", "Alpha-Delivery-2019");
        var order = await CreateAsync(token);
        await SendAsync(token, HttpMethod.Patch, $"api/v2/orders/{order}/", new JsonObject { ["status"] = "acknowledged" });

        await page.ClickAsync("#traffic-tab");
        var rows = page.Locator("#traffic-rows tr");
        await Expect(rows).ToHaveCountAsync(3);
        var refused = page.Locator("#traffic-rows tr[data-status='400']");
        await Expect(refused.Locator("td.rule")).ToHaveTextAsync("ORD-OPERATOR-STATUS");
        await refused.ClickAsync();
        await Expect(page.Locator("#t-request")).ToContainTextAsync("\"status\": \"acknowledged\"");
        await Expect(page.Locator("#t-answer")).ToContainTextAsync("Rule cited: ORD-OPERATOR-STATUS");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/console-traffic.png" });

        await page.SelectOptionAsync("#t-status", "refused");
        await Expect(rows).ToHaveCountAsync(1);
        await SendAsync(null, HttpMethod.Get, "api/v2/orders/");
        await SendAsync(token, HttpMethod.Get, "api/v2/orders/00000000-0000-4000-8000-000000000000/");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First.Locator("td.rule")).ToHaveTextAsync("ERR-ENVELOPE");

        await page.SelectOptionAsync("#t-status", "");
        await page.FillAsync("#t-order", order);
        await page.Locator("#t-order").DispatchEventAsync("change");
        await Expect(rows).ToHaveCountAsync(2);

        var other = await LogInAsync("delivery@beta.example", "Beta-Delivery-2019");
        await SendAsync(other, HttpMethod.Get, "api/events/");
        await page.FillAsync("#t-order", "");
        await page.Locator("#t-order").DispatchEventAsync("change");
        await page.CheckAsync("#t-all");
        await Expect(page.Locator("#traffic-rows td", new() { HasText = "delivery@beta.example" }).First).ToBeVisibleAsync();

        // Covage has a bad day: the next events read of any operator is throttled.
        await page.SelectOptionAsync("#fault-kind", "throttle");
        await page.FillAsync("#fault-route", "GET /api/events/");
        await page.FillAsync("#fault-retry", "7");
        await page.ClickAsync("#fault-add");
        await Expect(page.Locator("#fault-list li")).ToHaveTextAsync(["429, Retry-After 7 s · next 1 request(s) · GET /api/events/ · every operator · applied 0Remove"]);
        await SendAsync(token, HttpMethod.Get, "api/events/");
        var throttled = page.Locator("#traffic-rows tr[data-status='429']");
        await Expect(throttled.Locator(".fault")).ToHaveTextAsync("throttle");
        await throttled.ClickAsync();
        await Expect(page.Locator("#t-answer")).ToContainTextAsync("Retry-After: 7");
        Assert.Empty(scriptErrors);
    }

    private async Task<string> LogInAsync(string email, string password)
    {
        using var response = await _client.PostAsJsonAsync("api/v2/account/token/", new { email, password });
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!["access"]!.GetValue<string>();
    }

    private async Task<string> CreateAsync(string token)
    {
        var fixtures = await SendAsync(null, HttpMethod.Get, "_simulator/fixtures/", simulator: true);
        var op = fixtures["operators"]![0]!;
        var created = await SendAsync(token, HttpMethod.Post, "api/v2/orders/", new JsonObject
        {
            ["type"] = "activate",
            ["request_type"] = "activate",
            ["eligibility_ref"] = op["eligibility"]!["copper"]!["activate"]!.GetValue<string>(),
            ["product"] = new JsonObject { ["code"] = "AM01" },
        });
        return created["uuid"]!.GetValue<string>();
    }

    private async Task<JsonNode> SendAsync(string? token, HttpMethod method, string path, JsonNode? body = null, bool simulator = false)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (simulator)
        {
            request.Headers.Add("X-Simulator-Key", Key);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await _client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public void Dispose() => _client.Dispose();

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.Context.CloseAsync();
        }

        await _host.DisposeAsync();
    }
}
