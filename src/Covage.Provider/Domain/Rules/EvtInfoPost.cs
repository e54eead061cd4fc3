using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>EVT-INFO-POST: an info message has a message and goes to a submitted order, which records it as <c>order-info</c>.</summary>
internal static class EvtInfoPost
{
    public const string Id = "EVT-INFO-POST";

    public static Refusal? CheckOrder(Order order) => order.Status == OrderStatus.Draft
        ? Refusal.Conflict(Id, "status", "info messages are for submitted orders; this order is a draft.")
        : null;

    public static Refusal? CheckMessage(string? message) => string.IsNullOrWhiteSpace(message)
        ? Refusal.Invalid(Id, "message", "This field is required.")
        : null;
}
