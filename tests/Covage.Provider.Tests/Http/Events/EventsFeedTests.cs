using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Http.Events;

public sealed class EventsFeedTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<string> SubmittedAsync() => (await Api.SubmittedAsync())["uuid"]!.GetValue<string>();

    [Fact]
    public async Task Feed_Default_IsEventDateDescending()
    {
        var uuid = await SubmittedAsync();
        await Api.DriveAsync(uuid, "acknowledged");
        await Api.DriveAsync(uuid, "running");

        var items = (await Api.CallAsync(HttpMethod.Get, "/api/events/")).Json.AsArray();

        var dates = items.Select(e => e!["event_date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(items, e => Assert.Equal("event", e!["model"]!.GetValue<string>()));
        Assert.All(items, e => Assert.NotNull(e!["sort_value"]));
    }

    [Fact]
    public async Task Cursor_PagesWithoutGapOrRepeat_EvenWithLateEventDates()
    {
        var seen = new List<string>();
        var uuids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            uuids.Add(await SubmittedAsync());
        }

        string? after = null;
        async Task DrainAsync()
        {
            while (true)
            {
                var page = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?sort=creation_date&limit=2{(after is null ? "" : "&after=" + Uri.EscapeDataString(after))}")).Json.AsArray();
                if (page.Count == 0)
                {
                    return;
                }

                seen.AddRange(page.Select(e => e!["event_uuid"]!.GetValue<string>()));
                after = page[^1]!["sort_value"]!.GetValue<string>();
            }
        }

        await DrainAsync();
        Assert.Equal(3, seen.Count);

        // A provider event that happened long ago arrives now: the cursor must still deliver it.
        var late = await Api.ControlAsync(HttpMethod.Post, $"/_simulator/orders/{uuids[0]}/events/", new JsonObject
        {
            ["type"] = "order-information-from-provider",
            ["event_date"] = "2001-01-01T00:00:00Z",
        });
        Assert.Equal(200, late.Code);
        foreach (var uuid in uuids)
        {
            await Api.DriveAsync(uuid, "acknowledged");
        }

        await DrainAsync();

        Assert.Equal(7, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains(late.Json["event_uuid"]!.GetValue<string>(), seen);
    }

    [Fact]
    public async Task Feed_FiltersOnObjectTypeAndUuid_AndBoundsThePage()
    {
        var uuid = await SubmittedAsync();
        await Api.DriveAsync(uuid, "acknowledged");
        await Api.DriveAsync(uuid, "running");
        await Api.DriveAsync(uuid, "completed");

        var services = (await Api.CallAsync(HttpMethod.Get, "/api/events/?object_type=service")).Json.AsArray();
        var orders = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_type=order&object_uuid={uuid}&size=2")).Json.AsArray();

        Assert.All(services, e => Assert.Equal("service", e!["object_type"]!.GetValue<string>()));
        Assert.Single(services);
        Assert.Equal(2, orders.Count);
        Assert.All(orders, e => Assert.Equal(uuid, e!["object_uuid"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetOne_KnownAnd404()
    {
        await SubmittedAsync();
        var first = (await Api.CallAsync(HttpMethod.Get, "/api/events/")).Json[0]!;

        var one = await Api.CallAsync(HttpMethod.Get, $"/api/events/{first["event_uuid"]}/");
        var missing = await Api.CallAsync(HttpMethod.Get, "/api/events/nope/");

        Assert.Equal(200, one.Code);
        Assert.Null(one.Json["sort_value"]);
        Assert.Equal(404, missing.Code);
    }

    [Fact]
    public async Task Feed_AnotherOperatorSeesNoneOfMyEvents()
    {
        await SubmittedAsync();

        var theirs = await Api.AsAsync("delivery@beta.example", HttpMethod.Get, "/api/events/");

        Assert.Empty(theirs.Json.AsArray());
    }

    [Theory]
    [MemberData(nameof(Domain.Events.EventCursorTests.Tampered), MemberType = typeof(Domain.Events.EventCursorTests))]
    public async Task Feed_TamperedCursor_Is400NamingAfter(string description, string cursor)
    {
        var response = await Api.CallAsync(HttpMethod.Get, "/api/events/?sort=creation_date&after=" + Uri.EscapeDataString(cursor));

        Envelope.AssertIs(response, 400);
        Assert.True(response.ErrorFields.SequenceEqual(["after"]), $"{description}: {response.Body}");
    }
}
