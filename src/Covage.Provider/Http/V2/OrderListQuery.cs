using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Http.V2;

/// <summary>
/// LST-SORT, LST-FILTER and LST-PAGINATION of <c>GET /api/v2/orders/</c>. One pass over the
/// operator's snapshot (kept in creation order) with plain field comparisons, then, for the other
/// sorts, a bounded selection of the first <c>offset + limit</c> items instead of a full sort: a
/// page over 100,000 orders costs milliseconds.
/// </summary>
internal sealed record OrderListQuery(string? Sort, bool Descending, OrderListFilter Filter, int Offset, int Limit)
{
    public static readonly IReadOnlyList<string> SortFields = ["reference", "creation_date", "submission_date"];

    public (IReadOnlyList<Order> Page, int Total) Apply(Order[] orders, OrderListKey[] keys)
    {
        // One pass, no copy of the matches: count them all, keep only what the page needs.
        var total = 0;
        if (Sort is null or "creation_date")
        {
            var page = new List<Order>(Math.Min(Limit, 1000));
            for (var n = 0; n < orders.Length; n++)
            {
                var i = Descending ? orders.Length - 1 - n : n;
                var order = orders[i];
                if (Filter.Matches(keys[i], order))
                {
                    if (total >= Offset && page.Count < Limit)
                    {
                        page.Add(order);
                    }

                    total++;
                }
            }

            return (page, total);
        }

        var top = new TopK<Order>((int)Math.Min((long)Offset + Limit, int.MaxValue), Comparer(keys));
        for (var i = 0; i < orders.Length; i++)
        {
            if (Filter.Matches(keys[i], orders[i]))
            {
                top.Offer(orders[i], i);
                total++;
            }
        }

        var first = top.ToArray();
        // An empty page (nothing matches, or an offset past the total) is an empty array: a default
        // ArraySegment would throw when the page is written.
        IReadOnlyList<Order> window = first.Length > Offset ? new ArraySegment<Order>(first, Offset, first.Length - Offset) : Array.Empty<Order>();
        return (window, total);
    }

    /// <summary>The order of the page, read from the keys; ties keep creation order (the position in the snapshot).</summary>
    private Comparison<(Order Order, int Position)> Comparer(OrderListKey[] keys)
    {
        var sign = Descending ? -1 : 1;
        return Sort switch
        {
            "reference" => (a, b) =>
            {
                var (x, y) = (keys[a.Position].ReferenceNumber, keys[b.Position].ReferenceNumber);
                var byKey = (x >= 0 && y >= 0 ? x.CompareTo(y) : string.CompareOrdinal(a.Order.Reference, b.Order.Reference)) * sign;
                return byKey != 0 ? byKey : a.Position.CompareTo(b.Position);
            },
            _ => (a, b) =>
            {
                var byKey = keys[a.Position].SubmissionTicks.CompareTo(keys[b.Position].SubmissionTicks) * sign;
                return byKey != 0 ? byKey : a.Position.CompareTo(b.Position);
            },
        };
    }
}
