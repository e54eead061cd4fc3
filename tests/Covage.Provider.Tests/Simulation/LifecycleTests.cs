using System.Text.Json.Nodes;
using Covage.Provider.Tests.Support;

namespace Covage.Provider.Tests.Simulation;

public sealed class LifecycleTests(ProviderFixture provider) : ProviderTest(provider)
{
    private async Task<string> SubmittedAsync(string technology = "copper", string requestType = "activate", string product = "AM01") =>
        (await Api.SubmittedAsync(technology, requestType, product))["uuid"]!.GetValue<string>();

    private async Task<string[]> EventTypesAsync(string uuid) =>
        [.. (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}&sort=creation_date")).Json.AsArray().Select(e => e!["type"]!.GetValue<string>())];

    [Fact]
    public async Task Drive_HappyPath_StampsDatesAndEmitsStatusEventsAndCreatesService()
    {
        var uuid = await SubmittedAsync();

        foreach (var to in new[] { "acknowledged", "running", "completed" })
        {
            var step = await Api.DriveAsync(uuid, to);
            Assert.True(step.Code == 200, step.Body);
        }

        var order = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json;
        Assert.Equal("completed", order["status"]!.GetValue<string>());
        foreach (var date in new[] { "submission_date", "acknowledged_date", "processing_date", "completion_date", "updated_status_date" })
        {
            Assert.NotNull(order[date]);
        }

        Assert.Equal(["order-submitted", "order-acknowledged", "order-running", "order-completed"], await EventTypesAsync(uuid));
        var serviceUuid = order["service_uuid"]!.GetValue<string>();
        var completed = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json[0]!;
        Assert.Equal(serviceUuid, completed["data"]!["service_uuid"]!.GetValue<string>());
        Assert.Equal(["service-activated"], await EventTypesAsync(serviceUuid));
    }

    [Fact]
    public async Task Drive_TerminateCompleted_TerminatesTheService()
    {
        var service = Api.Operator(0)["services"]!["copper"]![1]!["uuid"]!.GetValue<string>();
        var order = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service });
        var uuid = order.Json["uuid"]!.GetValue<string>();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject
        {
            ["operator_info"] = new JsonObject { ["order_ref"] = "T-1", ["order_name"] = "End" },
        });
        Assert.Equal(200, (await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" })).Code);

        foreach (var to in new[] { "acknowledged", "running", "completed" })
        {
            Assert.Equal(200, (await Api.DriveAsync(uuid, to)).Code);
        }

        Assert.Equal(["service-terminated"], await EventTypesAsync(service));
        var again = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service });
        Assert.Equal(400, again.Code);
    }

    [Theory]
    [InlineData("submitted", "running")]
    [InlineData("submitted", "completed")]
    [InlineData("submitted", "pending")]
    [InlineData("acknowledged", "completed")]
    [InlineData("acknowledged", "held")]
    [InlineData("running", "acknowledged")]
    [InlineData("completed", "running")]
    [InlineData("rejected", "running")]
    public async Task Drive_MoveOutsideTheTable_Answers409AndChangesNothing(string from, string to)
    {
        var uuid = await SubmittedAsync();
        var path = new Dictionary<string, string[]>
        {
            ["submitted"] = [],
            ["acknowledged"] = ["acknowledged"],
            ["running"] = ["acknowledged", "running"],
            ["completed"] = ["acknowledged", "running", "completed"],
            ["rejected"] = ["rejected"],
        }[from];
        foreach (var step in path)
        {
            Assert.Equal(200, (await Api.DriveAsync(uuid, step)).Code);
        }

        var before = (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body;
        var response = await Api.DriveAsync(uuid, to);

        Assert.Equal(409, response.Code);
        Assert.Contains("ORD-TRANSITIONS", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal(before, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Body);
    }

    [Fact]
    public async Task Drive_PendingThenRunning_EmitsTheConfirmationEvent()
    {
        var uuid = await SubmittedAsync();
        await Api.DriveAsync(uuid, "acknowledged");
        await Api.DriveAsync(uuid, "running");

        Assert.Equal(200, (await Api.DriveAsync(uuid, "pending", "order-sensibleaccess")).Code);
        Assert.Equal(200, (await Api.DriveAsync(uuid, "running")).Code);

        Assert.Equal(
            ["order-submitted", "order-acknowledged", "order-running", "order-sensibleaccess", "order-running", "order-sensibleaccess-orderconfirmed"],
            await EventTypesAsync(uuid));
    }

    [Theory]
    [InlineData("copper", "activate", "AM01", "order-appointment-agreed", false)]
    [InlineData("copper", "create", "AM01", "order-appointment-agreed", true)]
    [InlineData("copper", "create", "AM01", "order-sensibleaccess", false)]
    [InlineData("copper", "activate", "AM01", "order-delayed", true)]
    [InlineData("fiber", "activate_defined", "FP01", "order-appointment-deferred", true)]
    [InlineData("fiber", "activate_defined", "FP01", "order-sensibleaccess", false)]
    [InlineData("fiber", "activate_defined", "FP01", "order-requalified", false)]
    public async Task Inject_RespectsTheEventMatrix(string technology, string requestType, string product, string type, bool accepted)
    {
        var uuid = await SubmittedAsync(technology, requestType, product);

        var response = await Api.ControlAsync(HttpMethod.Post, $"/_simulator/orders/{uuid}/events/", new JsonObject { ["type"] = type });

        Assert.Equal(accepted ? 200 : 409, response.Code);
        Assert.Equal(accepted, (await EventTypesAsync(uuid)).Contains(type));
    }

    [Fact]
    public async Task Inject_TerminateOrderNeverGetsCancelled()
    {
        var service = Api.Operator(0)["services"]!["copper"]![2]!["uuid"]!.GetValue<string>();
        var uuid = (await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_uuid"] = service })).Json["uuid"]!.GetValue<string>();
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_ref"] = "T-2", ["order_name"] = "End" } });
        await Api.CallAsync(HttpMethod.Patch, $"/api/v2/orders/{uuid}/", new JsonObject { ["status"] = "submitted" });
        await Api.DriveAsync(uuid, "acknowledged");
        await Api.DriveAsync(uuid, "running");
        await Api.DriveAsync(uuid, "pending");

        var response = await Api.DriveAsync(uuid, "cancelled");

        Assert.Equal(409, response.Code);
        Assert.Contains("EVT-MATRIX", response.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drive_RejectedWithData_CarriesTheRejectFields()
    {
        var uuid = await SubmittedAsync();

        await Api.DriveAsync(uuid, "rejected", data: new JsonObject { ["reject_code"] = "ABC" });

        var rejected = (await Api.CallAsync(HttpMethod.Get, $"/api/events/?object_uuid={uuid}")).Json[0]!;
        Assert.Equal("order-rejected", rejected["type"]!.GetValue<string>());
        Assert.Equal("ABC", rejected["data"]!["reject_code"]!.GetValue<string>());
        Assert.True(rejected["data"]!.AsObject().ContainsKey("reject_description"));
    }

    [Fact]
    public async Task Control_WithoutKey_Answers403()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/_simulator/fixtures/", null, null);

        Assert.Equal(403, response.Code);
        Assert.StartsWith("KOSC_", response.Json["apirequest_uuid"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixtures_AreTheSameOnEveryStart()
    {
        await using var other = await TestProvider.StartAsync();

        Assert.Equal(Api.Fixtures.ToJsonString(), other.Fixtures.ToJsonString());
    }

    [Fact]
    public async Task Reset_ForgetsOrdersAndKeepsFixtures()
    {
        var uuid = await SubmittedAsync();

        await Api.ControlAsync(HttpMethod.Post, "/_simulator/reset/");

        Assert.Equal(401, (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Code);
        var fixtures = await Api.ControlAsync(HttpMethod.Get, "/_simulator/fixtures/");
        Assert.Equal(Api.Fixtures.ToJsonString(), fixtures.Body);
    }

    [Fact]
    public async Task CreateService_GivesATerminableService()
    {
        var response = await Api.ControlAsync(HttpMethod.Post, "/_simulator/services/", new JsonObject
        {
            ["operator_uuid"] = Api.Operator(0)["operator_uuid"]!.GetValue<string>(),
            ["product_code"] = "FP01",
        });

        Assert.Equal(200, response.Code);
        var order = await Api.CallAsync(HttpMethod.Post, "/api/v2/orders/", new JsonObject { ["type"] = "terminate", ["service_ref"] = response.Json["ref"]!.GetValue<string>() });
        Assert.Equal(200, order.Code);
    }

    [Theory]
    [InlineData("submitted")]
    [InlineData("acknowledged")]
    [InlineData("rejected")]
    public async Task Drive_Draft_Answers409UnderSubNoProviderActionOnDraft(string to)
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var response = await Api.DriveAsync(uuid, to);

        Assert.Equal(409, response.Code);
        Assert.Contains("SUB-NO-PROVIDER-ACTION-ON-DRAFT: ", response.ErrorText, StringComparison.Ordinal);
        Assert.Equal("draft", (await Api.CallAsync(HttpMethod.Get, $"/api/v2/orders/{uuid}/")).Json["status"]!.GetValue<string>());
        Assert.Empty(await EventTypesAsync(uuid));
    }

    [Fact]
    public async Task Inject_Draft_Answers409AndRecordsNothing()
    {
        var uuid = (await Api.CreateAsync())["uuid"]!.GetValue<string>();

        var response = await Api.ControlAsync(HttpMethod.Post, $"/_simulator/orders/{uuid}/events/", new JsonObject { ["type"] = "order-sensibleaccess" });

        Assert.Equal(409, response.Code);
        Assert.Contains("SUB-NO-PROVIDER-ACTION-ON-DRAFT: ", response.ErrorText, StringComparison.Ordinal);
        Assert.Empty(await EventTypesAsync(uuid));
    }

    [Theory]
    [InlineData("acknowledged")]
    [InlineData("running")]
    public async Task Drive_BackToSubmitted_Answers409UnderOrdTransitions(string from)
    {
        var uuid = await SubmittedAsync();
        await Api.DriveAsync(uuid, "acknowledged");
        if (from == "running")
        {
            await Api.DriveAsync(uuid, "running");
        }

        var response = await Api.DriveAsync(uuid, "submitted");

        Assert.Equal(409, response.Code);
        Assert.Equal($"ORD-TRANSITIONS: {from} → submitted is not an allowed move.", response.Json["details"]![0]!["errors"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fiber", "activate_defined", "FP01", "\"2026-12-01T10:00:00.000000Z\"", 400)]
    [InlineData("fiber", "activate_defined", "FP01", "null", 200)]
    [InlineData("copper", "create", "AM01", "\"2026-12-01T10:00:00.000000Z\"", 200)]
    public async Task Inject_AppointmentEndDate_RefusedOnFibreOnly(string technology, string requestType, string product, string endDate, int expected)
    {
        var uuid = (await Api.SubmittedAsync(technology, requestType, product))["uuid"]!.GetValue<string>();
        var data = new JsonObject { ["start_date"] = "2026-12-01T08:00:00.000000Z", ["end_date"] = JsonNode.Parse(endDate) };

        var response = await Api.ControlAsync(HttpMethod.Post, $"/_simulator/orders/{uuid}/events/", new JsonObject { ["type"] = "order-appointment-agreed", ["data"] = data });

        Assert.True(response.Code == expected, response.Body);
        Assert.Equal(expected == 200, (await EventTypesAsync(uuid)).Contains("order-appointment-agreed"));
        if (expected == 400)
        {
            Assert.Equal(["data.end_date"], response.ErrorFields);
        }
    }
}
