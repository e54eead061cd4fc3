using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class MovesTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<JsonNode> MovesAsync(string uuid)
    {
        var answer = await Api.SendAsync(HttpMethod.Get, $"/_simulator/orders/{uuid}/moves/", null, null, simulator: true);
        Assert.True(answer.Code == 200, answer.Body);
        return answer.Json;
    }

    private static string[] Texts(JsonNode? list) => [.. list!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public async Task Moves_RunningCopperActivate_ListsTheTransitionsAndItsColumnsEventsWithoutStatusEvents()
    {
        var uuid = (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();
        await Api.DriveAsync(uuid, "acknowledged");
        await Api.DriveAsync(uuid, "running");

        var moves = await MovesAsync(uuid);

        Assert.Equal("running", moves["status"]!.GetValue<string>());
        Assert.Equal(["pending", "held", "completed", "rejected"], Texts(moves["moves"]));
        var events = Texts(moves["events"]);
        Assert.Contains("order-sensibleaccess", events);
        Assert.Contains("order-dropped", events);
        Assert.DoesNotContain("order-appointment-agreed", events);
        Assert.DoesNotContain("order-running", events);
        Assert.DoesNotContain("order-cancelled", events);
    }

    [Fact]
    public async Task Moves_SubmittedFiberOrder_ListsTheFiberSetOnly()
    {
        var uuid = (await Api.SubmittedAsync("fiber", "activate_defined", "FP01"))["uuid"]!.GetValue<string>();

        var moves = await MovesAsync(uuid);

        Assert.Equal(["acknowledged", "rejected"], Texts(moves["moves"]));
        string[] fiberProviderEvents =
        [
            "order-appointment-agreed", "order-appointment-deferred", "order-appointment-missed", "order-info",
            "order-on-site-intervention-failed", "order-on-site-intervention-succeeded",
        ];
        Assert.Equal(fiberProviderEvents, Texts(moves["events"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Moves_Draft_ListsNothing()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var moves = await MovesAsync(uuid);

        Assert.Empty(moves["moves"]!.AsArray());
        Assert.Empty(moves["events"]!.AsArray());
    }

    [Fact]
    public async Task Moves_UnknownOrder_Answers404()
    {
        var answer = await Api.SendAsync(HttpMethod.Get, $"/_simulator/orders/{Guid.NewGuid()}/moves/", null, null, simulator: true);

        Assert.Equal(404, answer.Code);
    }

    [Fact]
    public async Task Moves_WithoutTheSimulatorKey_Answers403()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var answer = await Api.SendAsync(HttpMethod.Get, $"/_simulator/orders/{uuid}/moves/", null, null);

        Assert.Equal(403, answer.Code);
    }
}
