using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Covage.Provider.Tests.Console;

/// <summary>Drives the web console in Debian's chromium against a provider on loopback.</summary>
[Collection(ConsoleBrowsers.Name)]
public sealed class ConsoleBrowserTests(Chromium chromium) : IAsyncLifetime
{
    private const string Key = "console-test-key";
    private ProviderHost _host = null!;
    private IPage? _page;

    public async Task InitializeAsync() =>
        _host = await ProviderHost.StartAsync(
            new ProviderOptions { SimulatorKey = Key, ClockStart = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero) }, ProviderTransport.Loopback);

    [Fact]
    public async Task Console_DraftSubmittedAndAcknowledged_ShowsStatusAndTimeline()
    {
        var page = _page = await chromium.NewPageAsync(1440, 900);
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.GotoAsync(_host.BaseAddress.ToString());

        await page.FillAsync("#key", Key);
        await page.ClickAsync("#load-fixtures");
        await page.ClickAsync("button.use-cred[data-email='delivery@alpha.example']");
        await Expect(page.Locator("#password")).ToHaveValueAsync("Alpha-Delivery-2019");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/console-login.png", FullPage = true });
        await page.ClickAsync("#login");
        await Expect(page.Locator("#who-email")).ToHaveTextAsync("delivery@alpha.example");
        await Expect(page.Locator("#clock")).ToContainTextAsync("UTC");

        await page.ClickAsync("#new-draft");
        await page.SelectOptionAsync("#c-kind", "copper:activate");
        await page.ClickAsync("#create-submit");
        var status = page.Locator("#d-status");
        await Expect(status).ToHaveTextAsync("draft");

        await page.ClickAsync("#submit-order");
        await Expect(status).ToHaveTextAsync("submitted");
        await page.ClickAsync("#transitions button[data-to='acknowledged']");
        await Expect(status).ToHaveTextAsync("acknowledged");

        var timeline = page.Locator("#timeline li");
        await Expect(timeline).ToHaveCountAsync(2);
        await Expect(timeline.Nth(0)).ToHaveAttributeAsync("data-type", "order-submitted");
        await Expect(timeline.Nth(1)).ToHaveAttributeAsync("data-type", "order-acknowledged");
        await Expect(page.Locator("#order-list li.selected .badge")).ToHaveTextAsync("acknowledged");
        await Expect(page.Locator("#feed li[data-type='order-acknowledged']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#transitions button")).ToHaveTextAsync(["running", "rejected"]);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = "/tmp/console.png" });
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task Console_ClockMovedPastTokenLifetime_KeepsDrivingWithEventsAndFilters()
    {
        var (page, status) = await RunningOrderAsync();
        await page.SelectOptionAsync("#event-type", "order-sensibleaccess");
        await page.CheckAsync("#attach-event");
        await page.ClickAsync("#transitions button[data-to='pending']");
        await Expect(status).ToHaveTextAsync("pending");

        // A day later both tokens have expired: the console signs in again and carries on.
        await page.ClickAsync("button[data-advance='86400']");
        await Expect(page.Locator("#clock")).ToContainTextAsync("23 Nov 2026");
        await page.ClickAsync("#transitions button[data-to='running']");
        await Expect(status).ToHaveTextAsync("running");
        await Expect(page.Locator("#timeline li[data-type='order-sensibleaccess']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#timeline li[data-type='order-sensibleaccess-orderconfirmed']")).ToHaveCountAsync(1);

        await page.SelectOptionAsync("#f-status", "running");
        await Expect(page.Locator("#order-list li .badge")).ToHaveTextAsync(["running"]);
        await Expect(page.Locator("#who-email")).ToHaveTextAsync("delivery@alpha.example");
    }

    [Fact]
    public async Task Console_FeedRefreshesTheSelectedOrder_KeepsTheChosenEventType()
    {
        var (page, _) = await RunningOrderAsync();
        await page.SelectOptionAsync("#event-type", "order-sensibleaccess");

        // The operator's own client posts an info message: the feed sees the order's new event and
        // redraws its detail, buttons and event types included.
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        using var login = await http.PostAsJsonAsync("api/v2/account/token/", new { email = "delivery@alpha.example", password = "Alpha-Delivery-2019" });
        var token = (await login.Content.ReadFromJsonAsync<JsonNode>())!["access"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var uuid = (await http.GetFromJsonAsync<JsonNode>("api/v2/orders/?status=running"))!.AsArray().Single()!["uuid"]!.GetValue<string>();
        using (var info = await http.PostAsJsonAsync($"api/v2/orders/{uuid}/events/info/", new { message = "Please call first." }))
        {
            Assert.Equal(200, (int)info.StatusCode);
        }

        await Expect(page.Locator("#timeline li[data-type='order-info']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#event-type")).ToHaveValueAsync("order-sensibleaccess");
    }

    /// <summary>Signed in, a new draft created, submitted and moved to running through the console: the page and its status badge.</summary>
    private async Task<(IPage Page, ILocator Status)> RunningOrderAsync()
    {
        var page = await SignedInPageAsync();
        await page.ClickAsync("#new-draft");
        await page.ClickAsync("#create-submit");
        var status = page.Locator("#d-status");
        await Expect(status).ToHaveTextAsync("draft");
        await page.ClickAsync("#submit-order");
        await page.ClickAsync("#transitions button[data-to='acknowledged']");
        await page.ClickAsync("#transitions button[data-to='running']");
        await Expect(status).ToHaveTextAsync("running");
        return (page, status);
    }

    private async Task<IPage> SignedInPageAsync()
    {
        var page = _page = await chromium.NewPageAsync();
        page.PageError += (_, error) => Assert.Fail(error);
        await ConsoleSignIn.AsDeliveryAsync(page, _host.BaseAddress, Key);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.Context.CloseAsync();
        }

        await _host.DisposeAsync();
    }
}
