namespace Covage.Provider.Domain.Orders;

/// <summary>
/// One operator's orders, in creation order, for the list. Each write is atomic and short (its own
/// lock, held for the list update only; the order's own lock, in the store, serializes changes of one
/// order); reads take an array snapshot built once per change.
/// </summary>
internal sealed class OperatorBook
{
    private readonly List<Order> _orders = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private Order[]? _snapshot;
    private OrderListKey[]? _keys;

    private readonly Lock _gate = new();

    /// <summary>
    /// UPD-OPERATOR-REF-UNIQUE: operator_info.order_ref → order uuid. Claimed atomically by
    /// <see cref="TryReserve"/> (so two orders never win one reference), read by validation without a lock.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, string> OrderRefs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Claims <paramref name="orderRef"/> for order <paramref name="uuid"/>, atomically: false when another
    /// order holds it. The claim is released when the order changes its reference or goes away.
    /// </summary>
    public bool TryReserve(string orderRef, string uuid) =>
        OrderRefs.TryAdd(orderRef, uuid) || (OrderRefs.TryGetValue(orderRef, out var owner) && owner == uuid);

    /// <summary>Gives back the reference an order claimed but never stored.</summary>
    public void Release(Order order)
    {
        if (order.OperatorOrderRef is { } orderRef)
        {
            OrderRefs.TryRemove(new KeyValuePair<string, string>(orderRef, order.Uuid));
        }
    }

    /// <summary>Every order at one instant, in creation order, without taking the lock once built.</summary>
    public Order[] Snapshot()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null)
        {
            return snapshot;
        }

        lock (_gate)
        {
            snapshot = [.. _orders];
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
    }

    /// <summary>The snapshot with, at the same index, each order's <see cref="OrderListKey"/>.</summary>
    public (Order[] Orders, OrderListKey[] Keys) ListView()
    {
        lock (_gate)
        {
            var orders = Snapshot();
            var keys = _keys;
            if (keys is null || keys.Length != orders.Length)
            {
                keys = Array.ConvertAll(orders, OrderListKey.Of);
                _keys = keys;
            }

            return (orders, keys);
        }
    }

    /// <summary>A new order, last in creation order.</summary>
    public void Add(Order order)
    {
        lock (_gate)
        {
            _positions[order.Uuid] = _orders.Count;
            _orders.Add(order);
            Index(null, order);
        }
    }

    /// <summary>A new snapshot of an order already in the book, in O(1).</summary>
    public void Replace(Order previous, Order next)
    {
        lock (_gate)
        {
            _orders[_positions[previous.Uuid]] = next;
            Index(previous, next);
        }
    }

    /// <summary>Removes an order (rare: deletes and provider states).</summary>
    public bool Remove(string uuid)
    {
        lock (_gate)
        {
            return RemoveLocked(uuid);
        }
    }

    private bool RemoveLocked(string uuid)
    {
        if (!_positions.Remove(uuid, out var position))
        {
            return false;
        }

        var order = _orders[position];
        _orders.RemoveAt(position);
        for (var i = position; i < _orders.Count; i++)
        {
            _positions[_orders[i].Uuid] = i;
        }

        if (order.OperatorOrderRef is { } orderRef)
        {
            OrderRefs.TryRemove(new KeyValuePair<string, string>(orderRef, uuid));
        }

        Volatile.Write(ref _snapshot, null);
        _keys = null;
        return true;
    }

    private void Index(Order? previous, Order next)
    {
        if (previous?.OperatorOrderRef is { } oldRef && oldRef != next.OperatorOrderRef)
        {
            OrderRefs.TryRemove(new KeyValuePair<string, string>(oldRef, next.Uuid));
        }

        if (next.OperatorOrderRef is { } newRef)
        {
            OrderRefs[newRef] = next.Uuid;
        }

        Volatile.Write(ref _snapshot, null);
        _keys = null;
    }
}
