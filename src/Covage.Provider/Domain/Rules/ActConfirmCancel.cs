using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ACT-CONFIRM-CANCEL (v1): confirm and cancel answer a pending collect activation order only.</summary>
internal static class ActConfirmCancel
{
    public const string Id = "ACT-CONFIRM-CANCEL";

    /// <param name="order">The order the operator answers.</param>
    /// <param name="done">"confirmed" or "cancelled", for the message.</param>
    public static Refusal? Check(Order order, string done)
    {
        if (order.Type != OrderType.Activate || order.Product.Technology != Technology.Copper)
        {
            return Refusal.Invalid(Id, "type", $"Only a collect activation order can be confirmed or cancelled; this one is a {order.Kind.Describe()} order.");
        }

        return order.Status == OrderStatus.Pending
            ? null
            : Refusal.Conflict(Id, "status", $"the order is {order.Status.ToWire()}; only a pending order can be {done}.");
    }
}
