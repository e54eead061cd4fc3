using System.Text.Json.Nodes;
using Covage.Conformance.Drivers;
using Covage.Conformance.Http;
using Covage.Conformance.Reports;
using Covage.Conformance.Targets;
using Reqnroll;

namespace Covage.Conformance.Steps;

/// <summary>
/// Orders API v1 (<c>/api/orders/</c>, @v1): the same orders seen through the older API. An order made
/// through v1 is tracked by its v2 view, so every v2 "the order's …" step reads it back, which is how
/// the interop scenarios check the mapping.
/// </summary>
[Binding]
internal sealed class V1OrderSteps(OrdersDriver orders, ScenarioState state, Placeholders placeholders)
{
    private const string Orders = "/api/orders/";

    [When("the operator creates a v1 order with:")]
    public Task Create(string body) => CreateAsync(Object(body), deliberatelyInvalid: false);

    [When("the operator tries to create a v1 order with:")]
    public Task TryCreate(string body) => CreateAsync(Object(body), deliberatelyInvalid: true);

    [Given("a v1 draft order made with:")]
    public async Task GivenDraft(string body)
    {
        var exchange = await CreateAsync(Object(body), deliberatelyInvalid: false);
        if (exchange.Status != 200)
        {
            orders.Require(exchange, "create the order through v1");
        }
    }

    [When("{actor} reads the order through v1")]
    public Task Read(Actor actor) => Send(HttpMethod.Get, $"{Orders}{state.Order().Uuid}/", actor: actor);

    [When("{actor} replaces the order through v1 with:")]
    public Task Replace(Actor actor, string body) => Send(HttpMethod.Put, $"{Orders}{state.Order().Uuid}/", Object(body), actor: actor);

    [When("the operator tries to replace the order through v1 with:")]
    public Task TryReplace(string body) => Send(HttpMethod.Put, $"{Orders}{state.Order().Uuid}/", Object(body), deliberatelyInvalid: true);

    [When("{actor} submits the order through v1")]
    public Task Submit(Actor actor) => Send(HttpMethod.Post, $"{Orders}{state.Order().Uuid}/submit/", actor: actor);

    [When("{actor} deletes the order through v1")]
    public Task Delete(Actor actor) => Send(HttpMethod.Delete, $"{Orders}{state.Order().Uuid}/", actor: actor);

    [When("the operator confirms the order through v1")]
    public Task Confirm() => Send(HttpMethod.Post, $"{Orders}{state.Order().Uuid}/confirm/");

    [When("the operator cancels the order through v1")]
    public Task Cancel() => Send(HttpMethod.Post, $"{Orders}{state.Order().Uuid}/cancel/");

    [When("the operator cancels the order through v1 with the reason {string}")]
    public Task CancelWithReason(string reason) =>
        Send(HttpMethod.Post, $"{Orders}{state.Order().Uuid}/cancel/", new JsonObject { ["reason"] = reason });

    [Then("the v1 answer shows no endpoints")]
    public void NoEndpoints()
    {
        var exchange = state.Last ?? throw new InvalidOperationException("no answer yet in this scenario");
        if (exchange.Json?["endpoints"] is not JsonArray { Count: 0 })
        {
            throw Failures.Mismatch(state.RuleId, "a line-building order's endpoints (CRT-ENDPOINTS-V1)", "[]",
                exchange.Json?["endpoints"]?.ToJsonString(ReportJson.Compact) ?? "(absent)", "$.endpoints", exchange);
        }
    }

    private async Task<ApiExchange> CreateAsync(JsonObject body, bool deliberatelyInvalid)
    {
        var exchange = await orders.SendAsync(new ApiRequest(HttpMethod.Post, Orders) { Body = body, DeliberatelyInvalid = deliberatelyInvalid });
        if (exchange.Status == 200 && exchange.Json?["order_uuid"]?.GetValue<string>() is { } uuid)
        {
            // Track the v2 view (the kit's baseline for "unchanged" and the order's fields), then make the
            // v1 answer the one the Then steps check.
            state.Track(ScenarioState.DefaultName, orders.Require(await orders.GetByUuidAsync(uuid), "read the v1 order through v2"));
            state.Last = exchange;
        }

        return exchange;
    }

    private Task<ApiExchange> Send(HttpMethod method, string path, JsonObject? body = null, bool deliberatelyInvalid = false, Actor actor = Actor.Primary) =>
        orders.SendAsync(new ApiRequest(method, path) { Body = body, DeliberatelyInvalid = deliberatelyInvalid, Actor = actor });

    private JsonObject Object(string body) =>
        placeholders.Json(body) as JsonObject ?? throw new FormatException("the doc string must be a JSON object");
}
