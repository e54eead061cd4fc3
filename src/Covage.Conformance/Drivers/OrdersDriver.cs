using System.Text.Json.Nodes;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Drivers;

/// <summary>Orders v2 as the operator uses them: create, modify, submit, delete, read, list, bounds, endpoints, info.</summary>
internal sealed class OrdersDriver(ApiClient api, ScenarioState state, FixtureData fixtures, SimulatorClient simulator)
{
    private const string Orders = "/api/v2/orders/";

    public JsonObject CopperBody(string requestType, string product, Actor actor = Actor.Primary) => new()
    {
        ["eligibility_ref"] = fixtures.Eligibility("copper", requestType, actor),
        ["product"] = new JsonObject { ["code"] = product },
        ["type"] = "activate",
        ["request_type"] = requestType,
    };

    public JsonObject FiberBody(string requestType, string product, Actor actor = Actor.Primary) => new()
    {
        ["eligibility_ref"] = fixtures.Eligibility("fiber", requestType, actor),
        ["product"] = new JsonObject { ["code"] = product },
        ["type"] = "activate",
        ["request_type"] = requestType,
    };

    /// <summary>A terminate body for a fresh active service (control API) or, without one, the fixtures' service.</summary>
    public async Task<JsonObject> TerminateBodyAsync(string product, Actor actor = Actor.Primary) =>
        new() { ["service_uuid"] = (await ActiveServiceAsync(product, actor)).Uuid, ["type"] = "terminate" };

    /// <summary>A fresh active service (control API), or without one the fixtures' service of that product.</summary>
    public async Task<FixtureService> ActiveServiceAsync(string product, Actor actor = Actor.Primary) =>
        state.Service = simulator.Available
            ? await simulator.CreateServiceAsync(fixtures.OperatorOf(actor).OperatorUuid, product)
            : fixtures.Service(product, actor);

    /// <summary>Everything submit needs (SUB-REQUIRED-FIELDS), with a scenario-unique order reference.</summary>
    public JsonObject Completion(Actor actor = Actor.Primary) => new()
    {
        ["end_customer"] = new JsonObject
        {
            ["type"] = "unregistered",
            ["name"] = $"Kit Customer {state.Token}",
            ["contact"] = new JsonObject
            {
                ["first_name"] = "Adolin",
                ["last_name"] = "Kholin",
                ["email"] = "adolin.kholin@palace.example",
                ["phone_number"] = "0123456789",
            },
        },
        ["operator_info"] = new JsonObject
        {
            ["order_ref"] = state.NextOrderRef(),
            ["order_name"] = $"Kit order {state.Token}",
            ["contact_uuid"] = fixtures.Contact(actor),
        },
    };

    public async Task<ApiExchange> CreateAsync(JsonObject body, Actor actor = Actor.Primary, bool deliberatelyInvalid = false) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Post, Orders) { Body = body, Actor = actor, DeliberatelyInvalid = deliberatelyInvalid }));

    /// <summary>Creates an order as setup: anything but 200 fails the scenario.</summary>
    public async Task<TrackedOrder> CreateDraftAsync(string name, JsonObject body, Actor actor = Actor.Primary)
    {
        var exchange = await CreateAsync(body, actor);
        return state.Track(name, Require(exchange, "create the order"), actor);
    }

    public async Task<ApiExchange> GetAsync(TrackedOrder order, Actor? actor = null) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Get, OrderPath(order.Uuid)) { Actor = actor ?? order.Owner }));

    public async Task<ApiExchange> GetByUuidAsync(string uuid, Actor actor = Actor.Primary) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Get, OrderPath(uuid)) { Actor = actor }));

    /// <summary>Reads the order and returns its JSON: anything but 200 fails the scenario.</summary>
    public async Task<JsonObject> ReadAsync(TrackedOrder order) => Require(await GetAsync(order), "read the order");

    public async Task<ApiExchange> PatchAsync(TrackedOrder order, JsonObject body, Actor actor = Actor.Primary, bool deliberatelyInvalid = false) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Patch, OrderPath(order.Uuid)) { Body = body, Actor = actor, DeliberatelyInvalid = deliberatelyInvalid }));

    public async Task<ApiExchange> PatchUuidAsync(string uuid, JsonObject body, Actor actor = Actor.Primary, bool deliberatelyInvalid = false) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Patch, OrderPath(uuid)) { Body = body, Actor = actor, DeliberatelyInvalid = deliberatelyInvalid }));

    /// <summary>Setup modification: anything but 200 fails the scenario; the answer becomes the order's baseline.</summary>
    public async Task ModifyAsync(TrackedOrder order, JsonObject body) =>
        order.Remember(Require(await PatchAsync(order, body), "modify the order"));

    public Task<ApiExchange> SubmitAsync(TrackedOrder order, Actor actor = Actor.Primary)
    {
        // A submitted terminate order ends its service at once and for good (SUB-TERMINATE-IMMEDIATE). Without
        // the control API the service is one of the target's own, listed in its fixtures: ending it would
        // break every later terminate scenario, and the next run. The kit ends only services it made.
        if (!simulator.Available && order.Snapshot["type"]?.GetValue<string>() == "terminate")
        {
            throw new NotApplicableException(
                "submitting a terminate order would end the target's own service for good (SUB-TERMINATE-IMMEDIATE); "
                + "the kit terminates only services it creates through the control API (run with --simulator-key)");
        }

        return PatchAsync(order, new JsonObject { ["status"] = "submitted" }, actor);
    }

    public async Task<ApiExchange> DeleteAsync(string uuid, Actor actor = Actor.Primary) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Delete, OrderPath(uuid)) { Actor = actor }));

    public async Task<ApiExchange> PatchBoundAsync(TrackedOrder order, JsonObject body, bool deliberatelyInvalid = false, string? boundUuid = null, Actor? actor = null)
    {
        var bound = boundUuid ?? JsonPaths.Get(order.Snapshot, "bounds[0].uuid")?.GetValue<string>()
            ?? throw new ConformanceException(state.RuleId, "the order shows no bound (bounds[0].uuid) to modify", state.Last);
        return Keep(await api.SendAsync(new ApiRequest(HttpMethod.Patch, $"{OrderPath(order.Uuid)}bounds/{bound}/") { Body = body, DeliberatelyInvalid = deliberatelyInvalid, Actor = actor ?? order.Owner }));
    }

    public async Task<ApiExchange> PatchEndpointAsync(TrackedOrder order, JsonObject body, bool deliberatelyInvalid = false, string? endpointUuid = null, Actor? actor = null)
    {
        var endpoint = endpointUuid ?? JsonPaths.Get(order.Snapshot, "bounds[0].endpoints[0].uuid")?.GetValue<string>()
            ?? throw new ConformanceException(state.RuleId, "the order shows no endpoint (bounds[0].endpoints[0].uuid) to modify", state.Last);
        return Keep(await api.SendAsync(new ApiRequest(HttpMethod.Patch, $"{OrderPath(order.Uuid)}endpoints/{endpoint}/") { Body = body, DeliberatelyInvalid = deliberatelyInvalid, Actor = actor ?? order.Owner }));
    }

    public async Task<ApiExchange> PostInfoAsync(TrackedOrder order, JsonObject body, Actor actor = Actor.Primary, bool trailingSlash = true, bool deliberatelyInvalid = false) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Post, $"{OrderPath(order.Uuid)}events/info{(trailingSlash ? "/" : "")}")
        {
            Body = body,
            Actor = actor,
            DeliberatelyInvalid = deliberatelyInvalid,
        }));

    public async Task<ApiExchange> ListAsync(string query, Actor actor = Actor.Primary) =>
        Keep(await api.SendAsync(new ApiRequest(HttpMethod.Get, Orders + (query.Length > 0 ? "?" + query.TrimStart('?') : "")) { Actor = actor }));

    public async Task<ApiExchange> SendAsync(ApiRequest request) => Keep(await api.SendAsync(request));

    public static string OrderPath(string uuid) => $"{Orders}{uuid}/";

    /// <summary>The answer must be 200 with an order; otherwise the setup failed, under the scenario's rule.</summary>
    public JsonObject Require(ApiExchange exchange, string what)
    {
        if (exchange.Status != 200 || exchange.Json is not JsonObject order)
        {
            throw Failures.Mismatch(state.RuleId, $"setup: could not {what}", "200 with the order", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }

        return order;
    }

    private ApiExchange Keep(ApiExchange exchange)
    {
        state.Last = exchange;
        return exchange;
    }
}
