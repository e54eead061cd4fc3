using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class ProviderStatesTests(ProviderFixture provider) : ProviderTest(provider)
{
    private const string Default = "0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2";
    private const string Token = "Bearer sandbox-pact-token";

    private readonly RaceWindow _window = new();

    // Real HTTP, so that concurrent setups really run at once.
    private protected override ProviderTransport Transport => ProviderTransport.Loopback;

    private protected override ProviderOptions Options => _window.Options;

    private Task<ApiResponse> StateAsync(string state, JsonObject? parameters = null, string action = "setup") =>
        Api.ControlAsync(HttpMethod.Post, "/_simulator/provider-states", new JsonObject { ["state"] = state, ["params"] = parameters?.DeepClone() ?? new JsonObject(), ["action"] = action });

    [Fact]
    public async Task SubmittedOrder_IsReadableWithThePactToken()
    {
        var setup = await StateAsync("a submitted order", new JsonObject { ["order_uuid"] = "11111111-1111-4111-8111-111111111111" });

        var order = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/11111111-1111-4111-8111-111111111111/", null, "Bearer sandbox-pact-token");

        Assert.Equal(200, setup.Code);
        Assert.Equal(200, order.Code);
        Assert.Equal("submitted", order.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ActiveCopperService_IsTerminableByItsFixedUuidAndRef_EvenAfterATermination()
    {
        var parameters = new JsonObject { ["service_uuid"] = "22222222-2222-4222-8222-222222222222", ["service_ref"] = "S201010_00042" };
        Assert.Equal(200, (await StateAsync("an active copper service", parameters)).Code);
        var first = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_ref"] = "S201010_00042" }, "Bearer sandbox-pact-token");
        Assert.Equal(200, first.Code);
        var uuid = first.Json["uuid"]!.GetValue<string>();
        Assert.Equal("22222222-2222-4222-8222-222222222222", first.Json["service_uuid"]!.GetValue<string>());
        var fill = TestProvider.Complete(contact: Api.Contact());
        fill["status"] = "submitted";
        Assert.Equal(200, (await Api.SendAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", fill, "Bearer sandbox-pact-token")).Code);
        foreach (var to in new[] { "acknowledged", "running", "completed" })
        {
            Assert.Equal(200, (await Api.DriveAsync(uuid, to)).Code);
        }

        Assert.Equal(200, (await StateAsync("an active copper service", parameters)).Code);
        var again = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = "22222222-2222-4222-8222-222222222222" }, "Bearer sandbox-pact-token");

        Assert.Equal(200, again.Code);
        Assert.Equal("S201010_00042", again.Json["service_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task SameStateTwice_ReplacesTheOrder()
    {
        Assert.Equal(200, (await StateAsync("a submitted order")).Code);
        Assert.Equal(200, (await StateAsync("an order in draft")).Code);

        var order = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2/", null, "Bearer sandbox-pact-token");

        Assert.Equal("draft", order.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task InfoJustSent_NextInfoIsThrottled()
    {
        await StateAsync("an order whose info message was just sent");

        var response = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2/events/info/",
            new JsonObject { ["message"] = "again" }, "Bearer sandbox-pact-token");

        Assert.Equal(429, response.Code);
    }

    [Theory]
    [InlineData("copper-activate")]
    [InlineData("fiber-activate-defined")]
    [InlineData("fiber-create")]
    [InlineData("terminate")]
    public async Task CompleteDraft_SubmitsWithTheStatusAlone(string kind)
    {
        var setup = await StateAsync("a complete order in draft", new JsonObject { ["kind"] = kind });

        var submit = await Api.SendAsync(HttpMethod.Patch, $"/api/v2/orders/{Default}/", new JsonObject { ["status"] = "submitted" }, Token);

        Assert.Equal(200, setup.Code);
        Assert.Equal("draft", setup.Json["status"]!.GetValue<string>());
        Assert.True(submit.Code == 200, submit.Body);
        Assert.Equal(setup.Json["order_ref"]!.GetValue<string>(), submit.Json["operator_info"]!["order_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task BareDraft_SubmitWithTheStatusAlone_Is400()
    {
        await StateAsync("an order in draft");

        var submit = await Api.SendAsync(HttpMethod.Patch, $"/api/v2/orders/{Default}/", new JsonObject { ["status"] = "submitted" }, Token);

        Assert.Equal(400, submit.Code);
    }

    [Fact]
    public async Task Setup_AnswersTheUuidsItCreated_AsTheApiShowsThem()
    {
        var setup = await StateAsync("an order in draft", new JsonObject { ["kind"] = "fiber-activate-defined" });

        var order = await Api.SendAsync(HttpMethod.Get, $"/api/v2/orders/{Default}/", null, Token);

        Assert.Equal(Default, setup.Json["order_uuid"]!.GetValue<string>());
        Assert.Equal(order.Json["reference"]!.GetValue<string>(), setup.Json["reference"]!.GetValue<string>());
        Assert.Equal(order.Json["bounds"]![0]!["uuid"]!.GetValue<string>(), setup.Json["bound_uuid"]!.GetValue<string>());
        Assert.Equal(order.Json["bounds"]![0]!["endpoints"]![0]!["uuid"]!.GetValue<string>(), setup.Json["endpoint_uuid"]!.GetValue<string>());
        Assert.Equal("sandbox-pact-token", setup.Json["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrderWithEvents_AnswersItsLatestEvent()
    {
        var setup = await StateAsync("an order with events");

        var evt = await Api.SendAsync(HttpMethod.Get, $"/api/events/{setup.Json["event_uuid"]!.GetValue<string>()}/", null, Token);

        Assert.Equal(200, evt.Code);
        Assert.Equal("order-acknowledged", evt.Json["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ActiveCopperService_AnswersItsUuidAndRef()
    {
        var setup = await StateAsync("an active copper service");

        Assert.Equal("38873eab-b099-4095-9042-91dfd896e225", setup.Json["service_uuid"]!.GetValue<string>());
        Assert.Equal("S191128_21428", setup.Json["service_ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Eligibilities_AnswersOneReferencePerRequestTypeThatCreatesAnOrder()
    {
        var setup = await StateAsync("eligibilities for every request type");
        var created = await Api.SendAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject
        {
            ["type"] = "activate", ["request_type"] = "activate_defined", ["product"] = new JsonObject { ["code"] = "FP01" },
            ["eligibility_ref"] = setup.Json["eligibility_fiber_activate_defined"]!.GetValue<string>(),
        }, Token);

        Assert.Equal(Api.Eligibility("copper", "activate"), setup.Json["eligibility_copper_activate"]!.GetValue<string>());
        Assert.Equal(Api.Contact(), setup.Json["contact_uuid"]!.GetValue<string>());
        Assert.True(created.Code == 200, created.Body);
    }

    [Fact]
    public async Task EmptyState_IsANoOp()
    {
        var before = await Api.ControlAsync(HttpMethod.Get, "/_simulator/fixtures");
        var setup = await StateAsync("");
        var teardown = await StateAsync("", action: "teardown");
        var orders = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/?limit=1", null, Token);

        Assert.Equal(200, setup.Code);
        Assert.Equal(200, teardown.Code);
        Assert.Equal(200, orders.Code);
        Assert.Equal(before.Body, (await Api.ControlAsync(HttpMethod.Get, "/_simulator/fixtures")).Body);
        Assert.DoesNotContain(Default, orders.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teardown_IsAcceptedAndLeavesTheStateInPlace()
    {
        await StateAsync("a submitted order");

        var teardown = await StateAsync("a submitted order", action: "teardown");
        var order = await Api.SendAsync(HttpMethod.Get, $"/api/v2/orders/{Default}/", null, Token);

        Assert.Equal(200, teardown.Code);
        Assert.Equal("submitted", order.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task DraftAfterASubmittedOrderOfTheSameUuid_AnswersNoEventOfTheOldOne()
    {
        var submitted = await StateAsync("a submitted order");

        var draft = await StateAsync("an order in draft");

        Assert.NotNull(submitted.Json["event_uuid"]);
        Assert.Null(draft.Json["event_uuid"]);
    }

    [Theory]
    [InlineData("an order in draft")]
    [InlineData("a submitted order")]
    public async Task OrderSetUpAgainUnderTheSameUuid_FeedShowsOnlyTheNewOrdersEvents(string again)
    {
        var first = await StateAsync("an order with events");
        var oldEvent = first.Json["event_uuid"]!.GetValue<string>();

        var second = await StateAsync(again);
        var feed = await Api.SendAsync(HttpMethod.Get, $"/api/events/?object_uuid={Default}&sort=creation_date", null, Token);
        var whole = await Api.SendAsync(HttpMethod.Get, "/api/events/?limit=1000", null, Token);

        Assert.Equal(200, second.Code);
        Assert.Equal(200, feed.Code);
        var types = feed.Json.AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(again == "a submitted order" ? ["order-submitted"] : [], types);
        Assert.DoesNotContain(oldEvent, whole.Body, StringComparison.Ordinal);
        Assert.Equal(404, (await Api.SendAsync(HttpMethod.Get, $"/api/events/{oldEvent}/", null, Token)).Code);
    }

    [Fact]
    public async Task NoOrderWithThisUuid_ForgetsTheOrdersEventsToo()
    {
        var first = await StateAsync("an order with events");

        var forgotten = await StateAsync("no order with this uuid");
        var feed = await Api.SendAsync(HttpMethod.Get, $"/api/events/?object_uuid={Default}", null, Token);

        Assert.Equal(200, forgotten.Code);
        Assert.Equal("[]", feed.Body);
        Assert.Equal(404, (await Api.SendAsync(HttpMethod.Get, $"/api/events/{first.Json["event_uuid"]!.GetValue<string>()}/", null, Token)).Code);
    }

    [Fact]
    public async Task Teardown_OfAnyState_IsAccepted()
    {
        var teardown = await StateAsync("a unicorn", action: "teardown");

        Assert.Equal(200, teardown.Code);
    }

    [Fact]
    public async Task StateAsQuery_SetsUpWithTheQueryParameters()
    {
        var setup = await Api.SendAsync(HttpMethod.Post,
            "/_simulator/provider-states?state=an+order+in+draft&action=setup&order_uuid=33333333-3333-4333-8333-333333333333", null, null, simulator: true);

        Assert.True(setup.Code == 200, setup.Body);
        Assert.Equal("33333333-3333-4333-8333-333333333333", setup.Json["order_uuid"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("kind", "fiber-teleport")]
    [InlineData("order_uuid", "not-a-uuid")]
    public async Task BadParameter_Is400NamingIt(string name, string value)
    {
        var setup = await StateAsync("an order in draft", new JsonObject { [name] = value });

        Assert.Equal(400, setup.Code);
        Assert.Contains("params." + name, setup.ErrorFields);
    }

    [Theory]
    [InlineData("state")]
    [InlineData("action")]
    [InlineData("params")]
    public async Task StateActionOrParamsOfTheWrongType_Is400NamingIt_NotANoOp(string field)
    {
        var body = new JsonObject { ["state"] = "an order in draft", ["action"] = "setup", [field] = 42 };

        var response = await Api.ControlAsync(HttpMethod.Post, "/_simulator/provider-states", body);

        Envelope.AssertIs(response, 400);
        Assert.Equal([field], response.ErrorFields);
    }

    [Fact]
    public async Task UnknownState_Is400NamingTheKnownOnes()
    {
        var response = await StateAsync("a unicorn");

        Assert.Equal(400, response.Code);
        Assert.Contains("a submitted order", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentSetupsOfOneOrder_AllSucceedAndLeaveOneRow_ThatADeleteRemoves()
    {
        const string Uuid = "33333333-3333-4333-8333-333333333333";
        string[] states = ["an order in draft", "a submitted order", "an order with events", "an order whose info message was just sent"];
        var parameters = new JsonObject { ["order_uuid"] = Uuid };
        // Unserialized setups of one uuid interleave (two forget, then two create) when their writes meet
        // inside the order store, where the race window holds them (RaceWindow). Before setups ran one at a
        // time this failed on 8 runs of 8 (ghost rows, or a 400 because a ghost still held the order's
        // reference); checked again with the window (2026-11-30): without the setup gate it fails every run.
        for (var round = 0; round < 5; round++)
        {
            var setups = await Races.RunAsync(i => StateAsync(states[i % states.Length], parameters), 8);

            Assert.All(setups, s => Assert.True(s.Code == 200, s.Body));
            Assert.Equal(1, await RowsAsync(Uuid));
        }

        // Only a draft can be deleted: set one up, then delete it.
        Assert.Equal(200, (await StateAsync("an order in draft", parameters)).Code);
        var delete = await Api.SendAsync(HttpMethod.Delete, $"/api/v2/orders/{Uuid}/", null, "Bearer sandbox-pact-token");

        Assert.Equal(200, delete.Code);
        Assert.Equal(0, await RowsAsync(Uuid));
        Assert.Equal(404, (await Api.SendAsync(HttpMethod.Get, $"/api/v2/orders/{Uuid}/", null, "Bearer sandbox-pact-token")).Code);
    }

    private async Task<int> RowsAsync(string uuid)
    {
        var list = await Api.SendAsync(HttpMethod.Get, "/api/v2/orders/?limit=1000", null, "Bearer sandbox-pact-token");
        return list.Json.AsArray().Count(o => o!["uuid"]!.GetValue<string>() == uuid);
    }
}
