using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>What the operator does to an order Covage is processing: info messages, and (v1) confirm or cancel a pending order.</summary>
internal sealed partial record Order
{
    public Outcome<OrderChange> PostInfo(User user, string? message, bool? stopDeferred, OrderContext context)
    {
        var refused = AuthInfoGroups.Check(user) ?? OrdEnniReadonly.Check(this) ?? EvtInfoPost.CheckOrder(this) ?? Forbidding("order-info", "type")
            ?? EvtInfoPost.CheckMessage(message) ?? ThrInfo5Min.Check(LastInfoAt, context.Now);
        if (refused is not null)
        {
            return refused;
        }

        var data = new JsonObject { ["message"] = message };
        if (stopDeferred is { } stop)
        {
            data["stop_deferred"] = stop;
        }

        return new OrderChange(this with { LastInfoAt = context.Now }) { Events = [RecordedEvent.OfOrder(this, "order-info", data)] };
    }

    /// <summary>ACT-CONFIRM-CANCEL: pending → running; the move adds the matching <c>-orderconfirmed</c> event.</summary>
    public Outcome<OrderChange> Confirm(OrderContext context) =>
        (OrdEnniReadonly.Check(this) ?? ActConfirmCancel.Check(this, "confirmed")) is { } refused
            ? refused
            : MoveTo(OrderStatus.Running, null, null, context);

    /// <summary>ACT-CONFIRM-CANCEL: pending → cancelled, with <c>order-cancelled</c> {reason}.</summary>
    public Outcome<OrderChange> Cancel(string? reason, OrderContext context) =>
        (OrdEnniReadonly.Check(this) ?? ActConfirmCancel.Check(this, "cancelled")) is { } refused
            ? refused
            : MoveTo(OrderStatus.Cancelled, null, reason is null ? null : new JsonObject { ["reason"] = reason }, context);
}
