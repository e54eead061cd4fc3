namespace Covage.Provider.Domain.Orders;

/// <summary>
/// ORD-STATUS-DATES: the milestones of an order. <see cref="Processing"/> is the processing *start* date
/// (000, 001): the first entry into running, kept when the order resumes from pending or held;
/// <see cref="Held"/> is the last time held (000).
/// </summary>
/// <remarks>
/// A value inside the order rather than an object of its own, each date as UTC ticks (0: not yet): a
/// stored order is one object less and about 150 bytes smaller (the store keeps 100,000 of them).
/// </remarks>
internal readonly record struct OrderDates
{
    private readonly long _creation;
    private readonly long _modification;
    private readonly long _updatedStatus;
    private readonly long _submission;
    private readonly long _acknowledged;
    private readonly long _processing;
    private readonly long _held;
    private readonly long _completion;
    private readonly long _cancellation;
    private readonly long _rejection;

    public OrderDates(
        DateTimeOffset creation,
        DateTimeOffset modification,
        DateTimeOffset updatedStatus,
        DateTimeOffset? submission = null,
        DateTimeOffset? acknowledged = null,
        DateTimeOffset? processing = null,
        DateTimeOffset? held = null,
        DateTimeOffset? completion = null,
        DateTimeOffset? cancellation = null,
        DateTimeOffset? rejection = null)
    {
        Creation = creation;
        Modification = modification;
        UpdatedStatus = updatedStatus;
        Submission = submission;
        Acknowledged = acknowledged;
        Processing = processing;
        Held = held;
        Completion = completion;
        Cancellation = cancellation;
        Rejection = rejection;
    }

    public DateTimeOffset Creation { get => At(_creation); init => _creation = value.UtcTicks; }

    public DateTimeOffset Modification { get => At(_modification); init => _modification = value.UtcTicks; }

    public DateTimeOffset UpdatedStatus { get => At(_updatedStatus); init => _updatedStatus = value.UtcTicks; }

    public DateTimeOffset? Submission { get => Maybe(_submission); init => _submission = Ticks(value); }

    public DateTimeOffset? Acknowledged { get => Maybe(_acknowledged); init => _acknowledged = Ticks(value); }

    public DateTimeOffset? Processing { get => Maybe(_processing); init => _processing = Ticks(value); }

    public DateTimeOffset? Held { get => Maybe(_held); init => _held = Ticks(value); }

    public DateTimeOffset? Completion { get => Maybe(_completion); init => _completion = Ticks(value); }

    public DateTimeOffset? Cancellation { get => Maybe(_cancellation); init => _cancellation = Ticks(value); }

    public DateTimeOffset? Rejection { get => Maybe(_rejection); init => _rejection = Ticks(value); }

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

    private static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);

    private static DateTimeOffset? Maybe(long ticks) => ticks == 0 ? null : At(ticks);

    private static long Ticks(DateTimeOffset? date) => date?.UtcTicks ?? 0;
}
