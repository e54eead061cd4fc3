using Microsoft.Playwright;

namespace Covage.Provider.Tests.Console;

/// <summary>
/// Debian's chromium, headless, launched once for every console test (the "console" collection); each
/// test opens its own browser context, so nothing (session storage, cookies) leaks between tests.
/// </summary>
/// <remarks>
/// Timeouts are generous and explicit, never sleeps: every action and expectation waits for its own
/// condition, and on a machine shared with several builds (load 10 and more on 2 cores) launching
/// chromium, a console poll (every 1.5 s) and a render together can take far longer than Playwright's
/// 5 s defaults. A correct console meets each condition as soon as it can; the limits only bound how
/// long a broken one is waited for.
/// </remarks>
public sealed class Chromium : IAsyncLifetime
{
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(30);

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout((float)ExpectTimeout.TotalMilliseconds);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Timeout = (float)TimeSpan.FromMinutes(2).TotalMilliseconds,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run",
            ],
        });
    }

    /// <summary>A page in a context of its own, with the generous timeouts; close it with its context.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 720)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)ActionTimeout.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
