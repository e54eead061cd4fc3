using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Covage.Provider.Tests.Console;

/// <summary>Opens the console and signs in as the first operator's delivery user, with the simulator key entered.</summary>
internal static class ConsoleSignIn
{
    public static async Task AsDeliveryAsync(IPage page, Uri console, string key)
    {
        await page.GotoAsync(console.ToString());
        await page.FillAsync("#key", key);
        await page.ClickAsync("#load-fixtures");
        await page.ClickAsync("button.use-cred[data-email='delivery@alpha.example']");
        await Expect(page.Locator("#password")).ToHaveValueAsync("Alpha-Delivery-2019");
        await page.ClickAsync("#login");
        await Expect(page.Locator("#who-email")).ToHaveTextAsync("delivery@alpha.example");
        await Expect(page.Locator("#clock")).ToContainTextAsync("UTC");
    }
}
