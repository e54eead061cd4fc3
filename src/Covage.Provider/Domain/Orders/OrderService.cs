using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// The operator's operations on orders (v2 and v1 alike), each one call of the aggregate committed by
/// the store: nothing here checks a rule.
/// </summary>
internal sealed class OrderService(OrderStore store)
{
    /// <summary>Raised after an operator submits an order (the autopilot listens).</summary>
    public event Action<Order>? Submitted;

    public Order? Find(string operatorUuid, string uuid) => store.Find(operatorUuid, uuid);

    public Outcome<Order> Create(User user, OrderDraft draft, string? uuid = null) =>
        Order.Open(user, draft, store.ContextFor(user.OperatorUuid), uuid).Then(store.Add).Then(Announce);

    /// <summary>v2 PATCH: changes the fields sent, then submits when the changes ask for <c>status: submitted</c>.</summary>
    public Outcome<Order> Patch(User user, string uuid, OrderChanges changes) =>
        Write(user, uuid, (order, context) => OrdOperatorStatus.Check(changes) is { } refused
            ? refused
            : changes.Status is null ? order.Modify(changes, context)
            : changes.IsEmpty ? order.Submit(context)
            : order.Modify(changes, context).Then(change => change.Order.Submit(context)));

    /// <summary>v1 PUT: the changes depend on the order as it is (UPD-V1-WHOLE-DOCUMENT), so they are computed under its lock.</summary>
    public Outcome<Order> Replace(User user, string uuid, Func<Order, OrderChanges> changesFor) =>
        Write(user, uuid, (order, context) => order.Modify(changesFor(order), context));

    /// <summary>v1 submit (<c>POST …/submit/</c>): the v2 checks plus the ones only v1 documents.</summary>
    public Outcome<Order> SubmitV1(User user, string uuid) => Write(user, uuid, (order, context) => order.Submit(context, OrderApi.V1));

    public Outcome<Order> Delete(User user, string uuid) => store.Remove(uuid, user.OperatorUuid, order => order.Delete());

    public Outcome<(Order Order, Bound Bound)> ModifyBound(User user, string uuid, string boundUuid, JsonNode? address) =>
        Write(user, uuid, (order, context) => order.ModifyBound(boundUuid, address, context))
            .Then<(Order, Bound)>(order => (order, order.Bounds.First(b => b.Uuid == boundUuid)));

    public Outcome<(Order Order, Endpoint Endpoint)> ModifyEndpoint(User user, string uuid, string endpointUuid, JsonNode? reference) =>
        Write(user, uuid, (order, context) => order.ModifyEndpoint(endpointUuid, reference, context))
            .Then<(Order, Endpoint)>(order => (order, order.Bounds.SelectMany(b => b.Endpoints).First(e => e.Uuid == endpointUuid)));

    public Outcome<ProviderEvent> PostInfo(User user, string uuid, string? message, bool? stopDeferred) =>
        store.Write(uuid, user.OperatorUuid, (order, context) => order.PostInfo(user, message, stopDeferred, context))
            .Then<ProviderEvent>(committed => committed.Events[0]);

    public Outcome<Order> Confirm(User user, string uuid) => Write(user, uuid, (order, context) => order.Confirm(context));

    public Outcome<Order> Cancel(User user, string uuid, string? reason) => Write(user, uuid, (order, context) => order.Cancel(reason, context));

    private Outcome<Order> Write(User user, string uuid, Func<Order, OrderContext, Outcome<OrderChange>> operation) =>
        store.Write(uuid, user.OperatorUuid, operation).Then(Announce);

    private Outcome<Order> Announce(Committed committed)
    {
        if (committed.Events.Any(e => e.Type == "order-submitted"))
        {
            Submitted?.Invoke(committed.Order);
        }

        return committed.Order;
    }
}
