using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// EVT-STATUS-CONSISTENT: each status change has its event, and a status event never comes without its
/// status change (so the control API sends status events only with a transition).
/// </summary>
internal static class EvtStatusConsistent
{
    public const string Id = "EVT-STATUS-CONSISTENT";

    /// <summary>The event that reports entering <paramref name="status"/>; pending and held have none.</summary>
    public static string? EventOf(OrderStatus status) => status switch
    {
        OrderStatus.Submitted => "order-submitted",
        OrderStatus.Acknowledged => "order-acknowledged",
        OrderStatus.Running => "order-running",
        OrderStatus.Rejected => "order-rejected",
        OrderStatus.Cancelled => "order-cancelled",
        OrderStatus.Completed => "order-completed",
        _ => null,
    };

    public static bool IsStatusEvent(string type) =>
        type is "order-submitted" or "order-acknowledged" or "order-running" or "order-rejected" or "order-cancelled" or "order-completed";
}
