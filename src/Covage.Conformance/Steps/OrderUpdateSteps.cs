using System.Text.Json.Nodes;
using Reqnroll;
using Covage.Conformance.Drivers;
using Covage.Conformance.Http;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>Changing orders: PATCH, bounds, endpoints (OTP), submit, delete, raw requests for the error rules.</summary>
[Binding]
internal sealed class OrderUpdateSteps(OrdersDriver orders, ScenarioState state, Placeholders placeholders)
{
    [When("the operator sets {string} to {string}")]
    public Task Set(string path, string value) =>
        orders.PatchAsync(state.Order(), JsonPaths.Nest(path, TextValue.Decode(placeholders.Fill(value))));

    [When("the operator tries to set {string} to {string}")]
    public Task TrySet(string path, string value) =>
        orders.PatchAsync(state.Order(), JsonPaths.Nest(path, TextValue.Decode(placeholders.Fill(value))), deliberatelyInvalid: true);

    [When("the operator tries to set {string} to the JSON value {}")]
    public Task TrySetJson(string path, string json) =>
        orders.PatchAsync(state.Order(), JsonPaths.Nest(path, placeholders.Json(json)), deliberatelyInvalid: true);

    [When("the operator modifies the order with:")]
    public Task Modify(string body) => orders.PatchAsync(state.Order(), Object(body));

    [When("the operator tries to modify the order with:")]
    public Task TryModify(string body) => orders.PatchAsync(state.Order(), Object(body), deliberatelyInvalid: true);

    [When("{actor} modifies the order's {string} to {string}")]
    public Task ModifyAs(Actor actor, string path, string value) =>
        orders.PatchAsync(state.Order(), JsonPaths.Nest(path, TextValue.Decode(placeholders.Fill(value))), actor);

    [When("the operator gives order {word} the order reference of order {word}")]
    public Task ReuseReference(string target, string source)
    {
        var reference = JsonPaths.Get(state.Order(source).Snapshot, "operator_info.order_ref")?.GetValue<string>()
            ?? throw new InvalidOperationException($"order {source} has no operator_info.order_ref yet");
        return orders.PatchAsync(state.Order(target), JsonPaths.Nest("operator_info.order_ref", reference), deliberatelyInvalid: true);
    }

    [When("{actor} sets the bound address {string} to {string}")]
    public Task SetBound(Actor actor, string field, string value) =>
        orders.PatchBoundAsync(state.Order(), new JsonObject { ["address"] = new JsonObject { [field] = TextValue.Decode(placeholders.Fill(value)) } }, actor: actor);

    [When("the operator tries to set the bound address {string} to {string}")]
    public Task TrySetBound(string field, string value) =>
        orders.PatchBoundAsync(state.Order(), new JsonObject { ["address"] = new JsonObject { [field] = TextValue.Decode(placeholders.Fill(value)) } }, deliberatelyInvalid: true);

    [Given("the operator has set the bound address {string} to {string}")]
    public async Task GivenBound(string field, string value)
    {
        var exchange = await orders.PatchBoundAsync(state.Order(), new JsonObject { ["address"] = new JsonObject { [field] = TextValue.Decode(value) } });
        if (exchange.Status != 200)
        {
            throw Failures.Mismatch(state.RuleId, "setup: could not set the bound address", "200", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }

        state.Order().Remember(await orders.ReadAsync(state.Order()));
    }

    [When("{actor} sets the OTP reference to {string}")]
    public Task SetOtp(Actor actor, string reference) =>
        orders.PatchEndpointAsync(state.Order(), new JsonObject { ["reference"] = placeholders.Fill(reference) }, actor: actor);

    [When("the operator tries to set the OTP reference to {string}")]
    public Task TrySetOtp(string reference) =>
        orders.PatchEndpointAsync(state.Order(), new JsonObject { ["reference"] = TextValue.Decode(reference) }, deliberatelyInvalid: true);

    [When("{actor} submits the order")]
    public Task SubmitAs(Actor actor) => orders.SubmitAsync(state.Order(), actor);

    [Given("the operator has submitted orders {string} in this order")]
    public async Task GivenSubmittedInOrder(string names)
    {
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var order = state.Order(name);
            order.Remember(orders.Require(await orders.SubmitAsync(order, order.Owner), $"submit order {name}"));
        }
    }

    [Given("the operator has submitted order {word}")]
    public async Task GivenSubmitted(string name)
    {
        var order = state.Order(name);
        order.Remember(orders.Require(await orders.SubmitAsync(order), $"submit order {name}"));
    }

    [When("the operator submits order {word}")]
    public Task SubmitNamed(string name) => orders.SubmitAsync(state.Order(name));

    [When("the operator sets the status to {string}")]
    public Task SetStatus(string status) =>
        orders.PatchAsync(state.Order(), new JsonObject { ["status"] = status }, deliberatelyInvalid: true);

    [When("{actor} deletes the order")]
    public Task DeleteAs(Actor actor) => orders.DeleteAsync(state.Order().Uuid, actor);

    [When("the operator deletes an order that does not exist")]
    public Task DeleteUnknown() => orders.DeleteAsync(Guid.NewGuid().ToString());

    [When("the operator modifies an order that does not exist")]
    public Task ModifyUnknown() => orders.PatchUuidAsync(Guid.NewGuid().ToString(), new JsonObject { ["comment"] = "nobody" });

    [When("the operator sends {word} {string}")]
    public Task SendBare(string method, string path) =>
        orders.SendAsync(new ApiRequest(new HttpMethod(method), placeholders.Fill(path)) { DeliberatelyInvalid = true });

    [When("the operator sends {word} {string} with the body {string}")]
    public Task SendRaw(string method, string path, string body) =>
        orders.SendAsync(new ApiRequest(new HttpMethod(method), placeholders.Fill(path)) { RawBody = placeholders.Fill(body), DeliberatelyInvalid = true });

    [When("the operator sends {word} {string} with content type {string} and the body {string}")]
    public Task SendTyped(string method, string path, string contentType, string body) =>
        orders.SendAsync(new ApiRequest(new HttpMethod(method), placeholders.Fill(path)) { RawBody = placeholders.Fill(body), ContentType = contentType, DeliberatelyInvalid = true });

    [When("the operator sends {word} {string} with a JSON body of {int} KiB")]
    public Task SendLarge(string method, string path, int kib)
    {
        var filler = new string('a', kib * 1024);
        return orders.SendAsync(new ApiRequest(new HttpMethod(method), placeholders.Fill(path)) { RawBody = $"{{\"comment\":\"{filler}\"}}", DeliberatelyInvalid = true });
    }

    private JsonObject Object(string body) =>
        placeholders.Json(body) as JsonObject ?? throw new FormatException("the doc string must be a JSON object");
}
