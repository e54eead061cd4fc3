using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

/// <summary>The autopilot's paths, replayed through the control API: every step must be a legal move.</summary>
public sealed class AutopilotTests(ProviderFixture provider) : ProviderTest(provider)
{
    [Theory]
    [InlineData("copper", "activate", "AM01")]
    [InlineData("copper", "create", "AM01")]
    [InlineData("fiber", "activate_undefined", "FP01")]
    public async Task Path_EveryStepIsAllowedForTheKind(string technology, string requestType, string product)
    {
        var submitted = await Api.SubmittedAsync(technology, requestType, product);
        var uuid = submitted["uuid"]!.GetValue<string>();
        var steps = Covage.Provider.Simulation.Autopilot.PathFor(FakeOrder(technology, requestType, submitted["reference"]!.GetValue<string>()));
        foreach (var (to, evt) in steps)
        {
            var response = to is null
                ? await Api.ControlAsync(HttpMethod.Post, $"/_simulator/orders/{uuid}/events/", new System.Text.Json.Nodes.JsonObject { ["type"] = evt })
                : await Api.DriveAsync(uuid, to, evt);
            Assert.True(response.Code == 200, $"{to}/{evt}: {response.Body}");
        }

        var final = await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/");
        Assert.Equal("completed", final.Json["status"]!.GetValue<string>());
    }

    private static Covage.Provider.Domain.Orders.Order FakeOrder(string technology, string requestType, string reference)
    {
        var catalogue = Covage.Provider.Domain.Catalogue.ProductCatalogue.Seeded();
        var product = catalogue.Find(technology == "fiber" ? "FP01" : "AM01")!;
        var now = DateTimeOffset.UnixEpoch;
        return new(Guid.NewGuid().ToString(), reference, "op", Covage.Provider.Domain.Orders.OrderType.Activate, product, requestType, null,
            Covage.Provider.Domain.Orders.OrderStatus.Submitted, new(now, now, now), [], [], [], []);
    }
}
