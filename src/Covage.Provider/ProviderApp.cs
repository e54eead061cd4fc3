using Covage.Provider.Console;
using Covage.Provider.Http.Auth;
using Covage.Provider.Http.Eligibility;
using Covage.Provider.Http.Errors;
using Covage.Provider.Http.Events;
using Covage.Provider.Http.V1;
using Covage.Provider.Http.V2;
using Covage.Provider.OpenApi;
using Covage.Provider.Simulation;
using Covage.Provider.Simulation.Faults;
using Covage.Provider.Simulation.Traffic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Covage.Provider;

/// <summary>The provider's table of contents: services, then one Map…Api per resource and version.</summary>
internal static class ProviderApp
{
    public static WebApplication Build(ProviderOptions options, ProviderTransport transport, string host, int port, TimeProvider? systemClock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (transport == ProviderTransport.InMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseUrls($"http://{host}:{port}");
            builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        }

        var real = systemClock ?? TimeProvider.System;
        var clock = new VirtualClock(real, options.ClockStart ?? real.GetUtcNow());
        var sandbox = new Sandbox(clock, options);
        builder.Services.AddSingleton(sandbox);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<HostGuard>();
        if (options.Autopilot)
        {
            builder.Services.AddSingleton(new Autopilot(sandbox));
        }

        var app = builder.Build();
        if (options.RecordTraffic)
        {
            app.UseTrafficRecorder();
            app.UseFaultInjector();
        }

        app.UseCovageErrors();
        app.MapAuthApi();
        app.MapOrdersApiV2();
        app.MapOrdersApiV1();
        app.MapEventsApi();
        app.MapBuildingsApi();
        app.MapSimulatorApi();
        app.MapTrafficApi();
        app.MapOpenApiDescription();
        if (options.EnableConsole)
        {
            app.MapConsole();
        }

        if (options.Autopilot)
        {
            app.Services.GetRequiredService<Autopilot>().Start();
        }

        return app;
    }
}
