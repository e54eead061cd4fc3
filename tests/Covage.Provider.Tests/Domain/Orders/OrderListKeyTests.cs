using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Tests.Domain.Orders;

public sealed class OrderListKeyTests
{
    [Fact]
    public void ReferenceNumbers_SortLikeTheReferenceText()
    {
        var generator = new ReferenceGenerator('O');
        var day = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        var references = Enumerable.Range(0, 300).Select(i => generator.Next(day.AddDays(i % 3 == 0 ? 400 : i % 7))).ToList();

        var byText = references.Order(StringComparer.Ordinal).ToList();
        var byNumber = references.OrderBy(Number).ToList();

        Assert.Equal(byText, byNumber);
        Assert.All(references, r => Assert.True(Number(r) >= 0));
    }

    [Theory]
    [InlineData("O191016_3256")]
    [InlineData("B191016_32563")]
    [InlineData("O1910x6_32563")]
    public void ReferenceNumber_OtherShapes_AreMinusOne(string reference) => Assert.Equal(-1, Number(reference));

    private static long Number(string reference)
    {
        var key = OrderListKey.Of(new Order("u", reference, "op", OrderType.Activate, null!, null, null, OrderStatus.Draft,
            new OrderDates(default, default, default), [], [], [], []));
        return key.ReferenceNumber;
    }
}
