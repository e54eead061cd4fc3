using System.Text.Json.Nodes;
using Reqnroll;
using Covage.Conformance.Drivers;
using Covage.Conformance.Targets;

namespace Covage.Conformance.Steps;

/// <summary>Operator info messages on an order (order-info events) and their throttle.</summary>
[Binding]
internal sealed class InfoSteps(OrdersDriver orders, ScenarioState state, Placeholders placeholders)
{
    [Given("the operator has sent the info message {string}")]
    public async Task GivenSent(string message) => Require(await orders.PostInfoAsync(state.Order(), Message(message)));

    [Given("the operator has sent an info message to order {word}")]
    public async Task GivenSentTo(string name) => Require(await orders.PostInfoAsync(state.Order(name), Message("first message")));

    [When("{actor} sends the info message {string}")]
    public Task Send(Actor actor, string message) => orders.PostInfoAsync(state.Order(), Message(placeholders.Fill(message)), actor);

    [When("the operator sends an info message to order {word}")]
    public Task SendTo(string name) => orders.PostInfoAsync(state.Order(name), Message("another message"));

    [When("the operator sends the info message {string} with stop_deferred")]
    public Task SendStop(string message) =>
        orders.PostInfoAsync(state.Order(), new JsonObject { ["message"] = message, ["stop_deferred"] = true });

    [When("the operator sends the info message {string} without the trailing slash")]
    public Task SendNoSlash(string message) => orders.PostInfoAsync(state.Order(), Message(message), trailingSlash: false);

    [When("the operator sends an info message without a message")]
    public Task SendEmpty() => orders.PostInfoAsync(state.Order(), [], deliberatelyInvalid: true);

    private static JsonObject Message(string message) => new() { ["message"] = message };

    private void Require(Http.ApiExchange exchange)
    {
        if (exchange.Status != 200)
        {
            throw Failures.Mismatch(state.RuleId, "setup: the info message was refused", "200", exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), "status", exchange);
        }
    }
}
