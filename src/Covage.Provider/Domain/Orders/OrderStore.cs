using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// Where orders live and change. Every change runs under its order's own lock (the order's
/// <see cref="OrderSlot"/>), reads the order's current snapshot, asks the aggregate for an
/// <see cref="OrderChange"/>, and commits it whole: the snapshot, the service it starts or ends, and its
/// events. A refusal commits nothing. What several orders share is claimed atomically instead of
/// under a wider lock: an operator order reference (<see cref="OperatorBook.TryReserve"/>).
/// <paramref name="insideLock"/> (tests only, <see cref="ProviderOptions.InsideOrderLock"/>) runs in every
/// check-then-write, where race tests hold writers so that a missing lock would show.
/// </summary>
internal sealed class OrderStore(ProviderState state, Action? insideLock = null)
{
    public Order? Find(string uuid) => state.Orders.TryGetValue(uuid, out var slot) ? slot.Current : null;

    /// <summary>One of the operator's orders; another operator's is as absent as a missing one (AUTH-ISOLATION).</summary>
    public Order? Find(string operatorUuid, string uuid) => Find(uuid) is { } order && order.OperatorUuid == operatorUuid ? order : null;

    public OrderContext ContextFor(string operatorUuid) => new(state, operatorUuid, state.Clock.GetUtcNow());

    /// <summary>Stores a new order (and its events, if any).</summary>
    public Outcome<Committed> Add(OrderChange change)
    {
        var order = change.Order;
        var slot = new OrderSlot(order);
        lock (slot)
        {
            insideLock?.Invoke();
            if (Claim(null, order) is { } taken)
            {
                return taken;
            }

            if (!state.Orders.TryAdd(order.Uuid, slot))
            {
                // Only a caller choosing the uuid (a provider state) can meet an existing one.
                state.Book(order.OperatorUuid).Release(order);
                return Refusal.Conflict("SIM-ORDER-UUID", "uuid", $"An order {order.Uuid} already exists.");
            }

            return Apply(slot, null, change);
        }
    }

    /// <summary>
    /// Runs <paramref name="operation"/> on the current snapshot of order <paramref name="uuid"/> and commits
    /// its change. <paramref name="operatorUuid"/> null: whoever owns it (the control API).
    /// </summary>
    public Outcome<Committed> Write(string uuid, string? operatorUuid, Func<Order, OrderContext, Outcome<OrderChange>> operation)
    {
        if (!state.Orders.TryGetValue(uuid, out var slot))
        {
            return Refusal.NotFound();
        }

        lock (slot)
        {
            if (Held(uuid, slot, operatorUuid) is not { } current)
            {
                return Refusal.NotFound();
            }

            var outcome = operation(current, ContextFor(current.OperatorUuid));
            insideLock?.Invoke();
            return outcome.Then(change => Commit(slot, current, change));
        }
    }

    /// <summary>Removes an order when <paramref name="check"/> lets it go.</summary>
    public Outcome<Order> Remove(string uuid, string operatorUuid, Func<Order, Outcome<Order>> check)
    {
        if (!state.Orders.TryGetValue(uuid, out var slot))
        {
            return Refusal.NotFound();
        }

        lock (slot)
        {
            if (Held(uuid, slot, operatorUuid) is not { } current)
            {
                return Refusal.NotFound();
            }

            var outcome = check(current);
            insideLock?.Invoke();
            if (outcome.TryGetValue(out _))
            {
                Drop(uuid, slot, current);
            }

            return outcome;
        }
    }

    /// <summary>
    /// Removes an order whatever its status, with its events (provider states only): an order set up
    /// again under the same uuid must not show its predecessor's history in the feed.
    /// </summary>
    public void Forget(string uuid)
    {
        if (state.Orders.TryGetValue(uuid, out var slot))
        {
            lock (slot)
            {
                if (Held(uuid, slot, null) is { } current)
                {
                    insideLock?.Invoke();
                    Drop(uuid, slot, current);
                }

                // Under the slot's lock: no commit of the forgotten order can add an event meanwhile.
                state.Events.Forget(uuid);
            }
        }
    }

    /// <summary>Under the slot's lock: its order, if the slot is still the order's (not removed meanwhile) and the operator's.</summary>
    private Order? Held(string uuid, OrderSlot slot, string? operatorUuid) =>
        state.Orders.TryGetValue(uuid, out var again) && ReferenceEquals(again, slot)
            && (operatorUuid is null || slot.Current.OperatorUuid == operatorUuid)
            ? slot.Current
            : null;

    private void Drop(string uuid, OrderSlot slot, Order current)
    {
        state.Orders.TryRemove(new KeyValuePair<string, OrderSlot>(uuid, slot));
        state.Book(current.OperatorUuid).Remove(uuid);
    }

    private Outcome<Committed> Commit(OrderSlot slot, Order previous, OrderChange change)
    {
        if (Claim(previous, change.Order) is { } taken)
        {
            return taken;
        }

        if (change.Service is { Before: { } before } service && !state.Services.TryUpdate(before.Uuid, service.After, before))
        {
            // Another terminate order ended the service since this one looked (SUB-TERMINATE-IMMEDIATE).
            Unclaim(previous, change.Order);
            return Refusal.Invalid([SubTerminateImmediate.Ended("service_uuid")]);
        }

        return Apply(slot, previous, change);
    }

    /// <summary>UPD-OPERATOR-REF-UNIQUE, atomically: the new order reference is claimed before anything is stored.</summary>
    private Refusal? Claim(Order? previous, Order next) =>
        !ReferenceEquals(previous, next) && next.OperatorOrderRef is { } orderRef && orderRef != previous?.OperatorOrderRef
            && !state.Book(next.OperatorUuid).TryReserve(orderRef, next.Uuid)
            ? Refusal.Invalid([UpdOperatorRefUnique.Taken(orderRef)])
            : null;

    private void Unclaim(Order? previous, Order next)
    {
        if (next.OperatorOrderRef != previous?.OperatorOrderRef)
        {
            state.Book(next.OperatorUuid).Release(next);
        }
    }

    private Committed Apply(OrderSlot slot, Order? previous, OrderChange change)
    {
        var next = change.Order;
        if (change.Service is { Before: null, After: var started })
        {
            state.Services[started.Uuid] = started;
        }

        if (!ReferenceEquals(previous, next))
        {
            slot.Current = next;
            var book = state.Book(next.OperatorUuid);
            if (previous is null)
            {
                book.Add(next);
            }
            else
            {
                book.Replace(previous, next);
            }
        }

        var events = change.Events
            .Select(e => state.Events.Append(e.Type, e.ObjectType, e.ObjectUuid, next.OperatorUuid, e.Data, e.EventDate))
            .ToList();
        return new Committed(next, events);
    }
}
