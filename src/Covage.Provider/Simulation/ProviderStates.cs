using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http;
using Covage.Provider.Http.Errors;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation;

/// <summary>
/// Pact provider states: <c>POST /_simulator/provider-states</c> with <c>{"state","params","action"}</c>
/// (or the same as query parameters). A setup answers the values it created as a JSON object, which
/// any Pact verifier injects into provider-state generators (<c>${bound_uuid}</c>). An empty state (an
/// interaction without one) sets nothing up; teardown is a no-op because every setup replaces what it
/// creates. Every setup registers the sandbox's Pact token for the first operator's delivery user.
/// </summary>
internal static class ProviderStates
{
    public const string DefaultOrderUuid = "0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2";
    public const string DefaultToken = "sandbox-pact-token";
    public const string DefaultServiceUuid = "38873eab-b099-4095-9042-91dfd896e225";
    public const string DefaultServiceRef = "S191128_21428";

    private static readonly Dictionary<string, Func<World, JsonObject, Outcome<JsonObject>>> States = new(StringComparer.Ordinal)
    {
        ["an order in draft"] = (world, p) => ProviderStateOrders.Draft(world, p, ProviderStateStage.Bare),
        ["a complete order in draft"] = (world, p) => ProviderStateOrders.Draft(world, p, ProviderStateStage.Complete),
        ["a submitted order"] = (world, p) => ProviderStateOrders.Draft(world, p, ProviderStateStage.Submitted),
        ["an order whose info message was just sent"] = (world, p) => ProviderStateOrders.Draft(world, p, ProviderStateStage.InfoSent),
        ["an order with events"] = (world, p) => ProviderStateOrders.Draft(world, p, ProviderStateStage.Acknowledged),
        ["an active copper service"] = ActiveCopperService,
        ["eligibilities for every request type"] = (world, _) => ProviderStateValues.Eligibilities(world, Delivery(world)),
        ["no order with this uuid"] = (world, p) =>
        {
            var uuid = Text(p, "order_uuid") ?? DefaultOrderUuid;
            world.Covage.Forget(uuid);
            return new JsonObject { ["order_uuid"] = uuid };
        },
        ["an authenticated operator"] = (world, p) =>
        {
            var token = Text(p, "token") ?? DefaultToken;
            world.Tokens.Register(token, Delivery(world));
            return new JsonObject { ["token"] = token };
        },
    };

    public static IReadOnlyCollection<string> Names => States.Keys;

    public static async Task<IResult> Handle(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request, allowEmpty: true);
        if (error is not null)
        {
            return error;
        }

        // A value of the wrong type is a mistake to report, not a missing value to take from the query.
        foreach (var field in new[] { "state", "action" })
        {
            if (body![field] is { } given && Json.String(given) is null)
            {
                return ApiError.BadRequest("PACT-STATE", field, $"Expected a string, got {Json.Describe(given)}.");
            }
        }

        if (body!["params"] is { } parametersGiven && parametersGiven is not JsonObject)
        {
            return ApiError.BadRequest("PACT-STATE", "params", $"Expected an object, got {Json.Describe(parametersGiven)}.");
        }

        var name = Json.String(body!["state"]) ?? request.Query["state"].ToString();
        var action = Json.String(body["action"]) ?? request.Query["action"].ToString();
        if (action is not ("" or "setup" or "teardown"))
        {
            return ApiError.BadRequest("PACT-STATE", "action", $"Expected \"setup\" or \"teardown\", got \"{action}\".");
        }

        if (action == "teardown")
        {
            // Nothing to undo: every setup replaces what it creates.
            return Answer([]);
        }

        if (name.Length > 0 && !States.ContainsKey(name))
        {
            return ApiError.BadRequest("PACT-STATE", "state", $"Unknown provider state \"{name}\"; known states: {string.Join(", ", States.Keys.Select(k => $"\"{k}\""))}.");
        }

        var world = sandbox.Current;
        Outcome<JsonObject> created;
        // A setup replaces what it creates (forget, then create again): two setups at once would both
        // forget, then both create, and leave two rows for one uuid. Setups are rare: run one at a time.
        lock (world.ProviderStateGate)
        {
            world.Tokens.Register(DefaultToken, Delivery(world));
            if (name.Length == 0)
            {
                // An interaction without a provider state: Pact verifiers still call, with an empty name.
                return Answer(new JsonObject { ["token"] = DefaultToken });
            }

            created = States[name](world, Parameters(body, request));
        }

        return created.Match(values =>
        {
            values["token"] ??= DefaultToken;
            return Answer(values);
        }, ApiError.From);
    }

    internal static User Delivery(World world) => world.State.Operators.Values.First().Users[0];

    internal static string? Text(JsonObject parameters, string name) => Json.String(parameters[name]);

    private static Outcome<JsonObject> ActiveCopperService(World world, JsonObject parameters)
    {
        // Replaced on every setup, so it is active even after an interaction terminated it.
        var service = world.Covage.CreateService(Delivery(world).OperatorUuid, world.State.Catalogue.Find("AM01")!,
            Text(parameters, "service_uuid") ?? DefaultServiceUuid, Text(parameters, "service_ref") ?? DefaultServiceRef);
        return new JsonObject { ["service_uuid"] = service.Uuid, ["service_ref"] = service.Ref };
    }

    // The body's params, or (state change as query) every query parameter but state and action.
    private static JsonObject Parameters(JsonObject body, HttpRequest request)
    {
        if (body["params"] is JsonObject parameters)
        {
            return parameters;
        }

        var fromQuery = new JsonObject();
        foreach (var (key, value) in request.Query.Where(q => q.Key is not ("state" or "action")))
        {
            fromQuery[key] = value.ToString();
        }

        return fromQuery;
    }

    private static IResult Answer(JsonObject values) => Results.Text(values.ToJsonString(), "application/json");
}
