using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Simulation;

/// <summary>
/// The provider states that set up one order of the first operator, under a fixed uuid (parameter
/// <c>order_uuid</c>): whatever had that uuid is replaced, so the same state can be set up again and again.
/// </summary>
internal static class ProviderStateOrders
{
    public static readonly IReadOnlyList<string> Kinds = ["copper-activate", "fiber-activate-defined", "fiber-create", "terminate"];

    public static Outcome<JsonObject> Draft(World world, JsonObject parameters, ProviderStateStage stage)
    {
        var uuid = ProviderStates.Text(parameters, "order_uuid") ?? ProviderStates.DefaultOrderUuid;
        var kind = ProviderStates.Text(parameters, "kind") ?? Kinds[0];
        if (!Kinds.Contains(kind))
        {
            return Refusal.Invalid("PACT-STATE", "params.kind", $"Unknown order kind \"{kind}\"; expected {string.Join(", ", Kinds)}.");
        }

        if (!Guid.TryParse(uuid, out _))
        {
            return Refusal.Invalid("PACT-STATE", "params.order_uuid", $"Expected a uuid, got \"{uuid}\".");
        }

        world.Covage.Forget(uuid);
        var user = ProviderStates.Delivery(world);
        var created = world.Orders.Create(user, NewDraft(world, kind), uuid);
        if (created.TryGetRefusal(out var refused) || stage == ProviderStateStage.Bare)
        {
            return created.Then<JsonObject>(order => ProviderStateValues.Of(world, order));
        }

        // The operator's reference must be unique among its orders: derive it from the uuid unless given.
        var orderRef = ProviderStates.Text(parameters, "order_ref") ?? $"PACT-{uuid}";
        var fill = new OrderChanges
        {
            EndCustomer = new JsonObject
            {
                ["type"] = "unregistered",
                ["name"] = "Alethkar Palace",
                ["contact"] = new JsonObject { ["first_name"] = "Adolin", ["last_name"] = "Kholin", ["email"] = "adolin.kholin@palace.ak" },
            },
            OperatorInfo = new JsonObject { ["order_ref"] = orderRef, ["order_name"] = "Pact order", ["contact_uuid"] = world.State.Operators[user.OperatorUuid].Contacts[0] },
            Status = stage == ProviderStateStage.Complete ? null : OrdOperatorStatus.Submitted,
        };
        var done = world.Orders.Patch(user, uuid, fill)
            .Then(order => stage == ProviderStateStage.InfoSent ? world.Orders.PostInfo(user, uuid, "Hello there", null).Then<Order>(_ => order) : order)
            .Then(order => stage == ProviderStateStage.Acknowledged ? world.Covage.Transition(uuid, "acknowledged", null, null) : order);
        return done.Then<JsonObject>(_ => ProviderStateValues.Of(world, world.Orders.Find(user.OperatorUuid, uuid)!));
    }

    private static OrderDraft NewDraft(World world, string kind)
    {
        var user = ProviderStates.Delivery(world);
        var eligibility = world.State.Eligibilities.Values.Where(e => e.OperatorUuid == user.OperatorUuid).ToList();
        return kind switch
        {
            "fiber-activate-defined" => new("activate", eligibility.First(e => e.RequestType == "activate_defined").Ref, "FP01", null, null, new() { RequestType = "activate_defined" }),
            "fiber-create" => new("activate", eligibility.First(e => e.Technology == Technology.Fiber && e.RequestType == "create").Ref, "FP01", null, null, new() { RequestType = "create" }),
            // A fresh service each time: a submitted terminate order ends its service (SUB-TERMINATE-IMMEDIATE).
            "terminate" => new("terminate", null, null, world.Covage.CreateService(user.OperatorUuid, world.State.Catalogue.Find("AM01")!).Uuid, null, new()),
            _ => new("activate", eligibility.First(e => e.Technology == Technology.Copper && e.RequestType == "activate").Ref, "AM01", null, null, new() { RequestType = "activate" }),
        };
    }
}
