namespace Covage.Provider.Domain.Orders;

/// <summary>ORD-STATUS-SET: the statuses an order can be in; the wire names are the lower-case member names.</summary>
internal enum OrderStatus
{
    Draft,
    Submitted,
    Acknowledged,
    Running,
    Pending,
    Held,
    Rejected,
    Cancelled,
    Completed,
}
