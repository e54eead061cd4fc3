namespace Covage.Provider.Domain.Orders;

/// <summary>
/// One order's place in the store: its current snapshot, read without a lock, and the lock every change
/// of this order takes (the store locks the slot itself, so an order costs no lock object of its own).
/// Changes of two orders never wait for each other, whoever their operator.
/// </summary>
internal sealed class OrderSlot(Order order)
{
    private Order _current = order;

    public Order Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }
}
