using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// Where orders live and change. Every change runs under the lock that guards the order, reads the
/// order's current snapshot, asks the aggregate for an <see cref="OrderChange"/>, and commits it whole:
/// the snapshot, the service it starts or ends, and its events. A refusal commits nothing.
/// </summary>
internal sealed class OrderStore(ProviderState state)
{
    public Order? Find(string uuid) => state.Orders.GetValueOrDefault(uuid);

    /// <summary>One of the operator's orders; another operator's is as absent as a missing one (AUTH-ISOLATION).</summary>
    public Order? Find(string operatorUuid, string uuid) => Find(uuid) is { } order && order.OperatorUuid == operatorUuid ? order : null;

    public OrderContext ContextFor(string operatorUuid) => new(state, operatorUuid, state.Clock.GetUtcNow());

    /// <summary>Stores a new order (and its events, if any).</summary>
    public Outcome<Committed> Add(OrderChange change)
    {
        var book = state.Book(change.Order.OperatorUuid);
        lock (book.Gate)
        {
            return Commit(book, null, change);
        }
    }

    /// <summary>
    /// Runs <paramref name="operation"/> on the current snapshot of order <paramref name="uuid"/> and commits
    /// its change. <paramref name="operatorUuid"/> null: whoever owns it (the control API).
    /// </summary>
    public Outcome<Committed> Write(string uuid, string? operatorUuid, Func<Order, OrderContext, Outcome<OrderChange>> operation)
    {
        if (Owner(uuid, operatorUuid) is not { } book)
        {
            return Refusal.NotFound();
        }

        lock (book.Gate)
        {
            return Current(uuid, operatorUuid) is { } current
                ? operation(current, ContextFor(current.OperatorUuid)).Then(change => Commit(book, current, change))
                : Refusal.NotFound();
        }
    }

    /// <summary>Removes an order when <paramref name="check"/> lets it go.</summary>
    public Outcome<Order> Remove(string uuid, string operatorUuid, Func<Order, Outcome<Order>> check)
    {
        if (Owner(uuid, operatorUuid) is not { } book)
        {
            return Refusal.NotFound();
        }

        lock (book.Gate)
        {
            if (Current(uuid, operatorUuid) is not { } current)
            {
                return Refusal.NotFound();
            }

            var outcome = check(current);
            if (outcome.TryGetValue(out _))
            {
                state.Orders.TryRemove(uuid, out _);
                book.Remove(uuid);
            }

            return outcome;
        }
    }

    /// <summary>Removes an order whatever its status (provider states only).</summary>
    public void Forget(string uuid)
    {
        if (Find(uuid) is { } order)
        {
            var book = state.Book(order.OperatorUuid);
            lock (book.Gate)
            {
                state.Orders.TryRemove(uuid, out _);
                book.Remove(uuid);
            }
        }
    }

    private OperatorBook? Owner(string uuid, string? operatorUuid) =>
        Find(uuid) is { } order && (operatorUuid is null || order.OperatorUuid == operatorUuid) ? state.Book(order.OperatorUuid) : null;

    private Order? Current(string uuid, string? operatorUuid) => operatorUuid is null ? Find(uuid) : Find(operatorUuid, uuid);

    private Outcome<Committed> Commit(OperatorBook book, Order? previous, OrderChange change)
    {
        var next = change.Order;
        var moved = !ReferenceEquals(previous, next);
        if (moved && next.OperatorOrderRef is { } orderRef && orderRef != previous?.OperatorOrderRef && !book.TryReserve(orderRef, next.Uuid))
        {
            return Refusal.Invalid([UpdOperatorRefUnique.Taken(orderRef)]);
        }

        if (change.Service is { } service)
        {
            state.Services[service.Uuid] = service;
        }

        if (moved && previous is null)
        {
            state.Orders[next.Uuid] = next;
            book.Add(next);
        }
        else if (moved)
        {
            state.Orders[next.Uuid] = next;
            book.Replace(previous!, next);
        }

        var events = change.Events
            .Select(e => state.Events.Append(e.Type, e.ObjectType, e.ObjectUuid, next.OperatorUuid, e.Data, e.EventDate))
            .ToList();
        return new Committed(next, events);
    }
}
