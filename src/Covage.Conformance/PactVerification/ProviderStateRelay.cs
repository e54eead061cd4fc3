using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Covage.Conformance.PactVerification;

/// <summary>
/// A loopback endpoint the engine calls for provider states. It forwards each call to the target's
/// <c>/_simulator/provider-states</c> with the simulator key (the engine cannot add a header to its
/// state-change calls), hands the target's answer (the values the state created, for provider-state
/// generators) back to the engine, and remembers the states the target refused so they can be named.
/// </summary>
internal sealed class ProviderStateRelay : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, string> refused = new(StringComparer.Ordinal);

    private ProviderStateRelay(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>States the target answered with an error, with the target's message.</summary>
    public IReadOnlyDictionary<string, string> Refused => refused;

    public static async Task<ProviderStateRelay> StartAsync(Uri target, string simulatorKey, HttpClient http, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var relay = new ProviderStateRelay(app);
        var stateUrl = new Uri(target, "_simulator/provider-states");
        app.MapPost("/provider-states", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (StateName(body).Length == 0)
            {
                // The engine calls the state URL even for an interaction without a state: nothing to set up.
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{}", context.RequestAborted);
                return;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, stateUrl)
            {
                Content = new StringContent(string.IsNullOrWhiteSpace(body) ? "{}" : body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Simulator-Key", simulatorKey);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request, context.RequestAborted);
            var answer = await response.Content.ReadAsStringAsync(context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                relay.refused.TryAdd(StateName(body), ErrorText(answer, (int)response.StatusCode));
            }

            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer, context.RequestAborted);
        });
        await app.StartAsync(ct);
        relay.Address = new Uri(new Uri(app.Urls.First()), "provider-states");
        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string StateName(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["state"]?.GetValue<string>() ?? "";
        }
#pragma warning disable CA1031 // A body we cannot read still names no state; the target's answer says why.
        catch (Exception)
#pragma warning restore CA1031
        {
            return "";
        }
    }

    // The provider's error envelope: the details' text names the problem (e.g. the unknown state).
    private static string ErrorText(string answer, int status)
    {
        try
        {
            var json = JsonNode.Parse(answer);
            var details = json?["details"] as JsonArray;
            var first = (details?.FirstOrDefault()?["errors"] as JsonArray)?.FirstOrDefault()?.GetValue<string>();
            return first ?? json?["error"]?.GetValue<string>() ?? $"HTTP {status}";
        }
#pragma warning disable CA1031 // Not JSON: report the status alone.
        catch (Exception)
#pragma warning restore CA1031
        {
            return $"HTTP {status}";
        }
    }
}
