using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Covage.Pact.Tests.Support;

/// <summary>
/// A tiny provider on 127.0.0.1 (free port): <c>GET /users/42</c> answers only while the state
/// "user exists" is set up; <c>POST /provider-states</c> records every state-change call.
/// </summary>
internal sealed class ProviderApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile bool userExists;

    private ProviderApp(WebApplication app) => this.app = app;

    public ConcurrentQueue<string> StateCalls { get; } = new();

    public ConcurrentQueue<string> SeenHeaders { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>What <c>GET /users/42</c> returns as body (when the user exists).</summary>
    public object UserBody { get; set; } = new { id = 42, name = "Someone", email = "x@example.org" };

    public static async Task<ProviderApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new ProviderApp(app);
        app.MapGet("/users/42", (HttpContext context) =>
        {
            if (context.Request.Headers.TryGetValue("X-Kit", out var kit))
            {
                provider.SeenHeaders.Enqueue(kit.ToString());
            }

            return provider.userExists
                ? Results.Json(provider.UserBody)
                : Results.Json(new { error = "no such user" }, statusCode: 404);
        });
        app.MapPost("/provider-states", async (HttpContext context) =>
        {
            string? action, state, parameters;
            if (context.Request.Query.ContainsKey("action"))
            {
                // Query mode: action and state (and any parameters) travel in the query string.
                action = context.Request.Query["action"];
                state = context.Request.Query["state"];
                parameters = "query";
            }
            else
            {
                using var document = await JsonDocument.ParseAsync(context.Request.Body);
                var root = document.RootElement;
                action = root.GetProperty("action").GetString();
                state = root.GetProperty("state").GetString();
                parameters = root.TryGetProperty("params", out var p) ? p.GetRawText() : "{}";
            }

            provider.StateCalls.Enqueue($"{action}:{state}:{parameters}");
            if (state != "user exists")
            {
                return Results.Json(new { error = $"unknown provider state '{state}'" }, statusCode: 400);
            }

            provider.userExists = action == "setup";
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.BaseUri = new Uri(address);
        return provider;
    }

    public Uri StateUri => new(BaseUri, "/provider-states");

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
