namespace Covage.Provider.Domain.Orders;

/// <summary>
/// ORD-STATUS-DATES: the milestones of an order. <see cref="Processing"/> is the processing *start* date
/// (000, 001): the first entry into running, kept when the order resumes from pending or held;
/// <see cref="Held"/> is the last time held (000).
/// </summary>
internal sealed record OrderDates(
    DateTimeOffset Creation,
    DateTimeOffset Modification,
    DateTimeOffset UpdatedStatus,
    DateTimeOffset? Submission = null,
    DateTimeOffset? Acknowledged = null,
    DateTimeOffset? Processing = null,
    DateTimeOffset? Held = null,
    DateTimeOffset? Completion = null,
    DateTimeOffset? Cancellation = null,
    DateTimeOffset? Rejection = null)
{
    public OrderDates Entering(OrderStatus status, DateTimeOffset now)
    {
        var next = this with { Modification = now, UpdatedStatus = now };
        return status switch
        {
            OrderStatus.Submitted => next with { Submission = now },
            OrderStatus.Acknowledged => next with { Acknowledged = now },
            OrderStatus.Running => next with { Processing = Processing ?? now },
            OrderStatus.Held => next with { Held = now },
            OrderStatus.Completed => next with { Completion = now },
            OrderStatus.Cancelled => next with { Cancellation = now },
            OrderStatus.Rejected => next with { Rejection = now },
            _ => next,
        };
    }
}
