using Covage.Provider.Domain.Catalogue;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// What the common list filters and sorts compare, copied out of one order into a small struct. A
/// snapshot keeps these side by side in one array, so filtering and sorting 100,000 orders reads
/// contiguous memory instead of chasing 100,000 objects and their strings.
/// </summary>
/// <param name="Type">The order's type.</param>
/// <param name="Status">The order's status.</param>
/// <param name="Product">The order's catalogue product (shared, never copied).</param>
/// <param name="ReferenceNumber">
/// OYYMMDD_XXXXX as the number YYMMDDXXXXX: for references of that format, numeric order is the
/// ordinal order of the text; -1 when the reference has another shape (then the text is compared).
/// </param>
/// <param name="SubmissionTicks">The submission date in ticks; <see cref="long.MinValue"/> before submission.</param>
internal readonly record struct OrderListKey(OrderType Type, OrderStatus Status, Product Product, long ReferenceNumber, long SubmissionTicks)
{
    public static OrderListKey Of(Order order) =>
        new(order.Type, order.Status, order.Product, NumberOf(order.Reference), order.Dates.Submission?.UtcTicks ?? long.MinValue);

    private static long NumberOf(string reference)
    {
        if (reference.Length != 13 || reference[0] != 'O' || reference[7] != '_')
        {
            return -1;
        }

        long number = 0;
        for (var i = 1; i < 13; i++)
        {
            if (i == 7)
            {
                continue;
            }

            var digit = reference[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            number = (number * 10) + digit;
        }

        return number;
    }
}
