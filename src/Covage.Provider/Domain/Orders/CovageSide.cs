using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Orders;

/// <summary>Covage's side of orders, which the control API plays: status moves, provider events, services, provider-state cleanup.</summary>
internal sealed class CovageSide(ProviderState state, OrderStore store)
{
    public Outcome<Order> Transition(string uuid, string to, string? extraEvent, JsonObject? data) =>
        store.Write(uuid, null, (order, context) => OrderStatusNames.TryParse(to, out var target)
                ? order.MoveTo(target, extraEvent, data, context)
                : Refusal.Invalid("ORD-STATUS-SET", "to", $"\"{to}\" is not a status; expected one of {string.Join(", ", OrderStatusNames.All)}."))
            .Then<Order>(committed => committed.Order);

    public Outcome<ProviderEvent> Inject(string uuid, string type, JsonObject? data, DateTimeOffset? eventDate) =>
        store.Write(uuid, null, (order, _) => order.Receive(type, data, eventDate)).Then<ProviderEvent>(committed => committed.Events[0]);

    public Outcome<ProviderMoves> Moves(string uuid) =>
        store.Find(uuid) is { } order ? order.NextMoves() : Refusal.NotFound();

    /// <summary>Removes an order whatever its status (provider states only).</summary>
    public void Forget(string uuid) => store.Forget(uuid);

    public Service CreateService(string operatorUuid, Product product, string? uuid = null, string? reference = null)
    {
        var now = state.Clock.GetUtcNow();
        if (reference is not null)
        {
            // A fixed reference (Pact provider state) names one service only: the fresh one.
            foreach (var stale in state.Services.Values.Where(s => s.Ref == reference && s.Uuid != uuid).ToList())
            {
                state.Services.TryRemove(stale.Uuid, out _);
            }
        }

        var service = new Service(uuid ?? Ids.NewUuid(), reference ?? state.ServiceReferences.Next(now), operatorUuid, product, true,
            SeedShapes.ServiceCustomer(), new JsonObject { ["contact_uuid"] = state.Operators[operatorUuid].Contacts[0] },
            SeedShapes.ServiceBounds(product));
        state.Services[service.Uuid] = service;
        return service;
    }
}
