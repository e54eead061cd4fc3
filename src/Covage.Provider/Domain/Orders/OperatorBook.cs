namespace Covage.Provider.Domain.Orders;

/// <summary>
/// One operator's orders. Every write to them happens under <see cref="Gate"/>, which makes each
/// write atomic and lets exactly one of two concurrent submits win; reads take the current snapshot.
/// </summary>
internal sealed class OperatorBook
{
    public Lock Gate { get; } = new();

    /// <summary>Orders in creation order.</summary>
    public List<Order> Orders { get; } = [];

    /// <summary>UPD-OPERATOR-REF-UNIQUE: operator_info.order_ref → order uuid.</summary>
    public Dictionary<string, string> OrderRefs { get; } = new(StringComparer.Ordinal);

    private Order[]? _snapshot;

    public Order[] Snapshot()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null)
        {
            return snapshot;
        }

        lock (Gate)
        {
            snapshot = [.. Orders];
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
    }

    /// <summary>Call under <see cref="Gate"/> after any change of <see cref="Orders"/>.</summary>
    public void Changed() => Volatile.Write(ref _snapshot, null);
}
