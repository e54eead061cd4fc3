using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Tests.Domain.Orders;

public sealed class OrderDatesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Entering_RunningAgainAfterPending_KeepsTheFirstProcessingDate()
    {
        var dates = new OrderDates(Start, Start, Start)
            .Entering(OrderStatus.Running, Start.AddHours(1))
            .Entering(OrderStatus.Pending, Start.AddHours(2))
            .Entering(OrderStatus.Running, Start.AddHours(3));

        Assert.Equal(Start.AddHours(1), dates.Processing);
        Assert.Equal(Start.AddHours(3), dates.UpdatedStatus);
    }

    [Fact]
    public void Entering_HeldTwice_KeepsTheLastHeldDate()
    {
        var dates = new OrderDates(Start, Start, Start)
            .Entering(OrderStatus.Held, Start.AddHours(1))
            .Entering(OrderStatus.Running, Start.AddHours(2))
            .Entering(OrderStatus.Held, Start.AddHours(3));

        Assert.Equal(Start.AddHours(3), dates.Held);
    }
}
