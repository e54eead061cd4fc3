using System.Net;

namespace Covage.Provider.Tests.Console;

public sealed class ConsolePageTests
{
    [Fact]
    public async Task Root_ConsoleEnabled_ServesOneSelfContainedPage()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderOptions(), ProviderTransport.InMemory);
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Root_ConsoleDisabled_Answers404()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderOptions { EnableConsole = false }, ProviderTransport.InMemory);
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
