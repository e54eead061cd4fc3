using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// A loopback endpoint the engine verifies instead of the target: it forwards every request to the
/// target as it is (minus the <see cref="TaggedPacts.Header"/> tag), answers with the target's response
/// as it is, and keeps each tagged response so a verdict can quote the provider's own words. When the
/// target cannot be reached the connection is dropped, so the engine reports it as it would without
/// the proxy.
/// </summary>
internal sealed class ProviderProxy : IAsyncDisposable
{
    private const int KeptBodyChars = 64 * 1024;
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Content-Length", TaggedPacts.Header,
    };

    private readonly WebApplication app;
    private readonly Uri target;
    private readonly HttpClient http;
    private readonly ConcurrentDictionary<string, RecordedExchange> exchanges = new(StringComparer.Ordinal);

    private ProviderProxy(WebApplication app, Uri target, HttpClient http)
    {
        this.app = app;
        this.target = target;
        this.http = http;
    }

    public Uri Address { get; private set; } = null!;

    public static async Task<ProviderProxy> StartAsync(Uri target, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var app = builder.Build();
        // The engine must see the target's redirects, cookies and encodings exactly as sent.
        var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        })
        { Timeout = TimeSpan.FromSeconds(30) };
        var proxy = new ProviderProxy(app, target, http);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync(ct);
        proxy.Address = new Uri(app.Urls.First() + "/");
        return proxy;
    }

    /// <summary>What the target answered to the request tagged <paramref name="tag"/>, if it was sent.</summary>
    public RecordedExchange? Answer(string tag) => exchanges.GetValueOrDefault(tag);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? incoming.Path.ToUriComponent() + incoming.QueryString.ToUriComponent();
        var url = new Uri(target.GetLeftPart(UriPartial.Authority) + target.AbsolutePath.TrimEnd('/') + rawTarget);
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), url);
        using var body = new MemoryStream();
        await incoming.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in incoming.Headers.Where(h => !HopByHop.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content ??= new ByteArrayContent([]);
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            context.Abort();
            return;
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
            var tag = incoming.Headers[TaggedPacts.Header].ToString();
            if (tag.Length > 0)
            {
                var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, KeptBodyChars));
                exchanges[tag] = new RecordedExchange((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), text);
            }

            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
            {
                context.Response.Headers[name] = values.ToArray();
            }

            if (bytes.Length > 0)
            {
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            }
        }
    }
}
