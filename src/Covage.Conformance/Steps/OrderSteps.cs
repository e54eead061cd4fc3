using System.Text.Json.Nodes;
using Reqnroll;
using Covage.Conformance.Drivers;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>Orders: making them (as setup or as the action under test) and reading them back.</summary>
[Binding]
internal sealed class OrderSteps(OrdersDriver orders, ScenarioState state, FixtureData fixtures, Placeholders placeholders)
{
    [Given("a {stage} {tech} {string} order for product {string}")]
    public Task GivenOrder(OrderStage stage, Technology tech, string requestType, string product) =>
        Setup(ScenarioState.DefaultName, Actor.Primary, stage, Body(tech, requestType, product, Actor.Primary));

    [Given("a {stage} {tech} {string} order for product {string} with:")]
    public Task GivenOrderWith(OrderStage stage, Technology tech, string requestType, string product, string patch) =>
        Setup(ScenarioState.DefaultName, Actor.Primary, stage, JsonMerge.Apply(Body(tech, requestType, product, Actor.Primary), Patch(patch)));

    [Given("order {word} is a {stage} {tech} {string} order for product {string}")]
    public Task GivenNamedOrder(string name, OrderStage stage, Technology tech, string requestType, string product) =>
        Setup(name, Actor.Primary, stage, Body(tech, requestType, product, Actor.Primary));

    [Given("{actor} has a {stage} {tech} {string} order for product {string}")]
    public Task GivenActorOrder(Actor actor, OrderStage stage, Technology tech, string requestType, string product) =>
        Setup(ScenarioState.DefaultName, actor, stage, Body(tech, requestType, product, actor));

    [Given("a {stage} terminate order for an active {string} service")]
    public async Task GivenTerminate(OrderStage stage, string product) =>
        await Setup(ScenarioState.DefaultName, Actor.Primary, stage, await orders.TerminateBodyAsync(fixtures.Product(product)));

    [Given("order {word} is a {stage} terminate order for an active {string} service")]
    public async Task GivenNamedTerminate(string name, OrderStage stage, string product) =>
        await Setup(name, Actor.Primary, stage, await orders.TerminateBodyAsync(fixtures.Product(product)));

    [Given("order {word} is a {stage} terminate order for the service of order {word}")]
    public Task GivenTerminateOfService(string name, OrderStage stage, string source) =>
        Setup(name, Actor.Primary, stage, TerminateBody("service_uuid", source));

    [Given("{int} {stage} {tech} {string} orders for product {string}")]
    public async Task GivenSeveral(int count, OrderStage stage, Technology tech, string requestType, string product)
    {
        for (var i = 1; i <= count; i++)
        {
            await Setup(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Actor.Primary, stage, Body(tech, requestType, product, Actor.Primary));
        }
    }

    [Given("the ENNI order of the operator")]
    public async Task GivenEnniOrder()
    {
        var exchange = await orders.GetByUuidAsync(fixtures.EnniOrder());
        state.Track(ScenarioState.DefaultName, orders.Require(exchange, "read the operator's ENNI order"));
    }

    [Given("the order's {string} is {string}")]
    public Task GivenField(string path, string value) =>
        orders.ModifyAsync(state.Order(), JsonPaths.Nest(path, TextValue.Decode(placeholders.Fill(value))));

    [Given("the order has been modified with:")]
    public Task GivenModified(string patch) => orders.ModifyAsync(state.Order(), Patch(patch));

    [Given("order {word}'s {string} is {string}")]
    public Task GivenNamedField(string name, string path, string value) =>
        orders.ModifyAsync(state.Order(name), JsonPaths.Nest(path, TextValue.Decode(placeholders.Fill(value))));

    [When("{actor} creates a {tech} {string} order for product {string}")]
    public Task CreateOrderAs(Actor actor, Technology tech, string requestType, string product) =>
        orders.CreateAsync(Body(tech, requestType, product, actor), actor);

    [When("the operator creates a {tech} {string} order for product {string} with:")]
    public Task CreateOrderWith(Technology tech, string requestType, string product, string patch) =>
        orders.CreateAsync(JsonMerge.Apply(Body(tech, requestType, product, Actor.Primary), Patch(patch)));

    [When("the operator tries to create a {tech} {string} order for product {string}")]
    public Task TryCreateOrder(Technology tech, string requestType, string product) =>
        orders.CreateAsync(Body(tech, requestType, product, Actor.Primary), deliberatelyInvalid: true);

    [When("the operator tries to create a {tech} {string} order for product {string} with:")]
    public Task TryCreateOrderWith(Technology tech, string requestType, string product, string patch) =>
        orders.CreateAsync(JsonMerge.Apply(Body(tech, requestType, product, Actor.Primary), Patch(patch)), deliberatelyInvalid: true);

    [When("the operator creates a terminate order for an active {string} service")]
    public async Task CreateTerminate(string product) =>
        await orders.CreateAsync(await orders.TerminateBodyAsync(fixtures.Product(product)));

    [When("the operator creates a terminate order by service reference for an active {string} service")]
    public async Task CreateTerminateByRef(string product)
    {
        var service = await orders.ActiveServiceAsync(fixtures.Product(product));
        await orders.CreateAsync(new JsonObject { ["service_ref"] = service.Ref, ["type"] = "terminate" });
    }

    [When("the operator creates a terminate order for the service of order {word}")]
    public Task CreateTerminateOfService(string source) => orders.CreateAsync(TerminateBody("service_uuid", source));

    [When("the operator tries to create a terminate order for the service of order {word}")]
    public Task TryCreateTerminateOfService(string source) => orders.CreateAsync(TerminateBody("service_uuid", source), deliberatelyInvalid: true);

    [When("the operator tries to create a terminate order by the service reference of order {word}")]
    public Task TryCreateTerminateOfServiceRef(string source) => orders.CreateAsync(TerminateBody("service_ref", source), deliberatelyInvalid: true);

    [When("the operator tries to create a terminate order for another operator's active {string} service")]
    public async Task CreateForeignTerminate(string product) =>
        await orders.CreateAsync(await orders.TerminateBodyAsync(fixtures.Product(product), Actor.OtherOperator), deliberatelyInvalid: true);

    [When("the operator tries to create a {tech} {string} order for product {string} with another operator's eligibility")]
    public Task CreateWithForeignEligibility(Technology tech, string requestType, string product) =>
        orders.CreateAsync(Body(tech, requestType, product, Actor.OtherOperator), deliberatelyInvalid: true);

    [When("the operator tries to create a terminate order for the ENNI service")]
    public Task CreateEnniTerminate() =>
        orders.CreateAsync(new JsonObject { ["service_uuid"] = fixtures.EnniService().Uuid, ["type"] = "terminate" }, deliberatelyInvalid: true);

    [When("the operator tries to create an order with:")]
    public Task TryCreateRaw(string body) =>
        orders.CreateAsync(placeholders.Json(body) as JsonObject ?? throw new FormatException("the doc string must be a JSON object"), deliberatelyInvalid: true);

    [When("{actor} reads the order")]
    public Task Read(Actor actor) => orders.GetAsync(state.Order(), actor);

    [When("{actor} reads order {word}")]
    public Task ReadNamed(Actor actor, string name) => orders.GetAsync(state.Order(name), actor);

    [When("the operator reads the building {string} with {string}")]
    public Task ReadBuilding(string building, string query) =>
        orders.SendAsync(new Http.ApiRequest(HttpMethod.Get, $"/api/v2/eligibility/buildings/{placeholders.Fill(building)}/?{placeholders.Fill(query)}"));

    [When("the operator reads an order that does not exist")]
    public Task ReadUnknown() => orders.GetByUuidAsync(Guid.NewGuid().ToString());

    [Then("the order is unchanged")]
    public async Task Unchanged()
    {
        var order = state.Order();
        var before = order.Snapshot;
        var exchange = await orders.GetAsync(order);
        var now = orders.Require(exchange, "read the order back");
        if (!JsonNode.DeepEquals(before, now))
        {
            var field = JsonPaths.FirstDifference(before, now) ?? "$";
            throw Failures.Mismatch(state.RuleId, "a refused request must change nothing",
                JsonPaths.Show(JsonPaths.Get(before, field.TrimStart('$').TrimStart('.'))),
                JsonPaths.Show(JsonPaths.Get(now, field.TrimStart('$').TrimStart('.'))), field, exchange);
        }
    }

    [Then("the order's status is {string}")]
    public Task StatusIs(string expected) => OrderField("status", expected);

    [Then("the order's {string} is {string}")]
    public Task OrderField(string path, string expected) => OrderFieldOf(ScenarioState.DefaultName, path, expected);

    [Then("order {word}'s {string} is {string}")]
    public async Task OrderFieldOf(string name, string path, string expected)
    {
        var (exchange, order) = await ReadBack(name);
        var wanted = TextValue.Decode(placeholders.Fill(expected));
        if (!JsonPaths.TryGet(order, path, out var actual) || JsonPaths.Show(actual) != wanted)
        {
            throw Failures.Mismatch(state.RuleId, $"the order's {path}", wanted, JsonPaths.TryGet(order, path, out _) ? JsonPaths.Show(actual) : "(absent)", "$." + path, exchange);
        }
    }

    [Then("the order's {string} is a date")]
    public async Task OrderDate(string path)
    {
        var (exchange, order) = await ReadBack(ScenarioState.DefaultName);
        ResponseChecks.IsDate(state.RuleId, order, path, exchange);
    }

    [Then("the order's {string} is null or absent")]
    public async Task OrderNull(string path)
    {
        var (exchange, order) = await ReadBack(ScenarioState.DefaultName);
        if (JsonPaths.Get(order, path) is { } value)
        {
            throw Failures.Mismatch(state.RuleId, $"the order's {path} must not be set yet", "null or absent", JsonPaths.Show(value), "$." + path, exchange);
        }
    }

    [Then("the order's {string} is present")]
    public async Task OrderPresent(string path)
    {
        var (exchange, order) = await ReadBack(ScenarioState.DefaultName);
        if (JsonPaths.Get(order, path) is null)
        {
            throw Failures.Mismatch(state.RuleId, $"the order must show {path}", "a value", "(absent or null)", "$." + path, exchange);
        }
    }

    [Then("the order's {string} was stamped by this change")]
    public async Task StampedNow(string path)
    {
        // Stamped by the action under test: no earlier than the order's last change before it, no later than its last change now.
        var before = JsonPaths.Get(state.Order().Snapshot, "modification_date");
        var (exchange, order) = await ReadBack(ScenarioState.DefaultName);
        var stamped = JsonPaths.Get(order, path);
        var after = JsonPaths.Get(order, "modification_date");
        if (!Date(stamped, out var date) || !Date(before, out var low) || !Date(after, out var high) || date < low || date > high)
        {
            throw Failures.Mismatch(state.RuleId, $"{path} must be the time of this change",
                $"a date from {JsonPaths.Show(before)} (the order's last change before) to {JsonPaths.Show(after)} (its modification_date now)",
                JsonPaths.Show(stamped), "$." + path, exchange);
        }
    }

    [Then("the order's dates {string} have not changed")]
    public async Task DatesKept(string paths)
    {
        var (exchange, order) = await ReadBack(ScenarioState.DefaultName);
        var differences = paths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Difference("$." + p, JsonPaths.Show(JsonPaths.Get(state.Order().Snapshot, p)), JsonPaths.Show(JsonPaths.Get(order, p))))
            .Where(d => d.Expected != d.Actual || d.Expected == "null")
            .ToList();
        if (differences.Count > 0)
        {
            throw Failures.Several(state.RuleId, "a date stamped by an earlier status must keep its value", differences, exchange);
        }
    }

    [Then("the order's {string} has changed")]
    public Task Changed(string path) => CompareWithBaseline(path, changed: true);

    [Then("the order's {string} has not changed")]
    public Task NotChanged(string path) => CompareWithBaseline(path, changed: false);

    [Given("the order is complete except {string}")]
    public Task CompleteExcept(string path)
    {
        var completion = orders.Completion(state.Order().Owner);
        var dot = path.LastIndexOf('.');
        if ((dot < 0 ? completion : JsonPaths.Get(completion, path[..dot])) is JsonObject parent)
        {
            parent.Remove(dot < 0 ? path : path[(dot + 1)..]);
        }

        return orders.ModifyAsync(state.Order(), completion);
    }

    [Then("the order no longer exists")]
    public async Task Gone()
    {
        var exchange = await orders.GetAsync(state.Order());
        if (exchange.Status != 404)
        {
            throw Failures.Mismatch(state.RuleId, "a deleted order must be gone", "404", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }
    }

    [Then("the order still exists")]
    public Task Exists() => ReadBack(ScenarioState.DefaultName);

    private async Task CompareWithBaseline(string path, bool changed)
    {
        var before = JsonPaths.Show(JsonPaths.Get(state.Order().Snapshot, path));
        var (exchange, order) = await ReadBack(ScenarioState.DefaultName);
        var now = JsonPaths.Show(JsonPaths.Get(order, path));
        if ((before != now) != changed)
        {
            throw Failures.Mismatch(state.RuleId, changed ? $"{path} must have moved" : $"{path} must not have moved",
                changed ? $"a value other than {before}" : before, now, "$." + path, exchange);
        }
    }

    private static bool Date(JsonNode? node, out DateTimeOffset date)
    {
        date = default;
        return node is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out date);
    }

    private async Task<(Http.ApiExchange Exchange, JsonObject Order)> ReadBack(string name)
    {
        var order = state.Order(name);
        var exchange = await orders.GetAsync(order);
        return (exchange, orders.Require(exchange, $"read {order.Name} back"));
    }

    private async Task Setup(string name, Actor actor, OrderStage stage, JsonObject body)
    {
        var order = await orders.CreateDraftAsync(name, body, actor);
        if (stage == OrderStage.Draft)
        {
            return;
        }

        var completion = orders.Completion(actor);
        var changed = orders.Require(await orders.PatchAsync(order, completion, actor), "complete the order");
        order.Remember(changed);
        if (stage == OrderStage.Submitted)
        {
            order.Remember(orders.Require(await orders.SubmitAsync(order, actor), "submit the order"));
        }
    }

    private JsonObject Body(Technology tech, string requestType, string product, Actor actor) =>
        tech == Technology.Copper
            ? orders.CopperBody(requestType, fixtures.Product(product), actor)
            : orders.FiberBody(requestType, fixtures.Product(product), actor);

    /// <summary>A terminate body naming the service an earlier order of the scenario shows (its service_uuid or service_ref).</summary>
    private JsonObject TerminateBody(string field, string source)
    {
        var order = state.Order(source);
        var value = JsonPaths.Get(order.Snapshot, field)?.GetValue<string>()
            ?? throw Failures.Mismatch(state.RuleId, $"setup: order {source} must name its service", field, "(absent)", "$." + field, state.Last);
        return new JsonObject { [field] = value, ["type"] = "terminate" };
    }

    private JsonObject Patch(string patch) =>
        placeholders.Json(patch) as JsonObject ?? throw new FormatException("the doc string must be a JSON object");
}
