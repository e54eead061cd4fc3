using Covage.Provider.Domain.Catalogue;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// What the common list filters compare, copied out of one order into a small struct. A snapshot
/// keeps these side by side in one array, so filtering 100,000 orders reads contiguous memory
/// instead of chasing 100,000 objects.
/// </summary>
internal readonly record struct OrderListKey(OrderType Type, OrderStatus Status, Product Product)
{
    public static OrderListKey Of(Order order) => new(order.Type, order.Status, order.Product);
}
