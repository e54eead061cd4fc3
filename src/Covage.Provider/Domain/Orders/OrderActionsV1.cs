using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// The operations only API v1 offers, built on <see cref="OrderService"/>'s public surface. Each holds the
/// operator's lock (re-entrant) around its check and the service call, so the check and the change are
/// one atomic step, as every v2 operation is.
/// </summary>
internal static class OrderActionsV1
{
    public const string ActRuleId = "ACT-CONFIRM-CANCEL";

    /// <summary>
    /// UPD-V1-WHOLE-DOCUMENT: the changes depend on the current order (what is left out is deleted), so
    /// they are computed from the snapshot the modification applies to.
    /// </summary>
    public static Outcome<Order> Replace(ProviderState state, OrderService orders, User user, string uuid, Func<Order, OrderChanges> changesFor)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = orders.Find(user.OperatorUuid, uuid);
            return current is null ? Refusal.NotFound() : orders.Modify(user, uuid, changesFor(current), submit: false);
        }
    }

    /// <summary>ACT-CONFIRM-CANCEL: pending → running; the service adds the matching <c>-orderconfirmed</c> event.</summary>
    public static Outcome<Order> Confirm(ProviderState state, OrderService orders, User user, string uuid) =>
        Act(state, orders, user, uuid, "confirm", OrderStatus.Running, null);

    /// <summary>ACT-CONFIRM-CANCEL: pending → cancelled, with <c>order-cancelled</c> {reason}.</summary>
    public static Outcome<Order> Cancel(ProviderState state, OrderService orders, User user, string uuid, string? reason) =>
        Act(state, orders, user, uuid, "cancel", OrderStatus.Cancelled, reason is null ? null : new JsonObject { ["reason"] = reason });

    private static Outcome<Order> Act(ProviderState state, OrderService orders, User user, string uuid, string action, OrderStatus target, JsonObject? data)
    {
        var book = state.Book(user.OperatorUuid);
        lock (book.Gate)
        {
            var current = orders.Find(user.OperatorUuid, uuid);
            if (current is null)
            {
                return Refusal.NotFound();
            }

            if (current.IsEnni)
            {
                return Refusal.Forbidden("ORD-ENNI-READONLY", "ENNI orders are created and managed by Covage; they are read-only.");
            }

            if (current.Type != OrderType.Activate || current.Product.Technology != Technology.Copper)
            {
                return Refusal.Invalid(ActRuleId, "type",
                    $"Only a collect activation order can be confirmed or cancelled; this one is a {OrderService.Describe(current.Kind)} order.");
            }

            if (current.Status != OrderStatus.Pending)
            {
                return Refusal.Conflict(ActRuleId, "status",
                    $"the order is {current.Status.ToWire()}; only a pending order can be {(action == "confirm" ? "confirmed" : "cancelled")}.");
            }

            return orders.Transition(uuid, target.ToWire(), null, data);
        }
    }
}
