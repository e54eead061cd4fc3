using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http;
using Covage.Provider.Http.Errors;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Simulation;

/// <summary>
/// Pact provider states: <c>POST /_simulator/provider-states</c> with <c>{"state","params","action"}</c>.
/// Each state sets up the first operator's data so an interaction can be replayed; teardown is a no-op
/// because every setup replaces what it creates.
/// </summary>
internal static class ProviderStates
{
    public const string DefaultOrderUuid = "0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2";
    public const string DefaultToken = "sandbox-pact-token";
    public const string DefaultServiceUuid = "38873eab-b099-4095-9042-91dfd896e225";
    public const string DefaultServiceRef = "S191128_21428";

    private static readonly Dictionary<string, Func<World, JsonObject, Refusal?>> States = new(StringComparer.Ordinal)
    {
        ["an order in draft"] = (world, p) => Draft(world, p, submit: false),
        ["a submitted order"] = (world, p) => Draft(world, p, submit: true),
        ["an order whose info message was just sent"] = InfoSent,
        ["an order with events"] = WithEvents,
        ["an active copper service"] = (world, p) =>
        {
            // Replaced on every setup, so it is active even after an interaction terminated it.
            world.Covage.CreateService(Delivery(world).OperatorUuid, world.State.Catalogue.Find("AM01")!,
                Text(p, "service_uuid") ?? DefaultServiceUuid, Text(p, "service_ref") ?? DefaultServiceRef);
            return null;
        },
        ["eligibilities for every request type"] = (_, _) => null,
        ["no order with this uuid"] = (world, p) =>
        {
            world.Covage.Forget(Text(p, "order_uuid") ?? DefaultOrderUuid);
            return null;
        },
        ["an authenticated operator"] = (world, p) =>
        {
            world.Tokens.Register(Text(p, "token") ?? DefaultToken, Delivery(world));
            return null;
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

        var name = Json.String(body!["state"]) ?? request.Query["state"].ToString();
        var action = Json.String(body["action"]) ?? request.Query["action"].ToString();
        if (!States.TryGetValue(name, out var setup))
        {
            return ApiError.BadRequest("PACT-STATE", "state", $"Unknown provider state \"{name}\"; known states: {string.Join(", ", States.Keys.Select(k => $"\"{k}\""))}.");
        }

        if (action == "teardown")
        {
            return Results.Bytes("{}"u8.ToArray(), "application/json");
        }

        var world = sandbox.Current;
        // Every interaction authenticates with the sandbox's Pact token.
        world.Tokens.Register(DefaultToken, Delivery(world));
        var failure = setup(world, body["params"] as JsonObject ?? []);
        return failure is null ? Results.Bytes("{}"u8.ToArray(), "application/json") : ApiError.From(failure);
    }

    private static User Delivery(World world) => world.State.Operators.Values.First().Users[0];

    private static string? Text(JsonObject parameters, string name) => Json.String(parameters[name]);

    private static Refusal? Draft(World world, JsonObject parameters, bool submit)
    {
        var uuid = Text(parameters, "order_uuid") ?? DefaultOrderUuid;
        world.Covage.Forget(uuid);
        var user = Delivery(world);
        var kind = Text(parameters, "kind") ?? "copper-activate";
        var eligibility = world.State.Eligibilities.Values.Where(e => e.OperatorUuid == user.OperatorUuid);
        OrderDraft draft = kind switch
        {
            "fiber-activate-defined" => new("activate", eligibility.First(e => e.RequestType == "activate_defined").Ref, "FP01", null, null, new() { RequestType = "activate_defined" }),
            "fiber-create" => new("activate", eligibility.First(e => e.Technology == Domain.Catalogue.Technology.Fiber && e.RequestType == "create").Ref, "FP01", null, null, new() { RequestType = "create" }),
            // A fresh service each time: a submitted terminate order ends its service (SUB-TERMINATE-IMMEDIATE).
            "terminate" => new("terminate", null, null, world.Covage.CreateService(user.OperatorUuid, world.State.Catalogue.Find("AM01")!).Uuid, null, new()),
            _ => new("activate", eligibility.First(e => e.Technology == Domain.Catalogue.Technology.Copper && e.RequestType == "activate").Ref, "AM01", null, null, new() { RequestType = "activate" }),
        };
        if (world.Orders.Create(user, draft, uuid).TryGetRefusal(out var refused) || !submit)
        {
            return refused;
        }

        var fill = new OrderChanges
        {
            EndCustomer = new JsonObject
            {
                ["type"] = "unregistered",
                ["name"] = "Alethkar Palace",
                ["contact"] = new JsonObject { ["first_name"] = "Adolin", ["last_name"] = "Kholin", ["email"] = "adolin.kholin@palace.ak" },
            },
            OperatorInfo = new JsonObject { ["order_ref"] = $"PACT-{uuid}", ["order_name"] = "Pact order", ["contact_uuid"] = world.State.Operators[user.OperatorUuid].Contacts[0] },
            Status = OrdOperatorStatus.Submitted,
        };
        return world.Orders.Patch(user, uuid, fill).TryGetRefusal(out var refusal) ? refusal : null;
    }

    private static Refusal? InfoSent(World world, JsonObject parameters)
    {
        var failure = Draft(world, parameters, submit: true);
        return failure ?? (world.Orders.PostInfo(Delivery(world), Text(parameters, "order_uuid") ?? DefaultOrderUuid, "Hello there", null).TryGetRefusal(out var refusal) ? refusal : null);
    }

    private static Refusal? WithEvents(World world, JsonObject parameters)
    {
        var failure = Draft(world, parameters, submit: true);
        return failure ?? (world.Covage.Transition(Text(parameters, "order_uuid") ?? DefaultOrderUuid, "acknowledged", null, null).TryGetRefusal(out var refusal) ? refusal : null);
    }
}
