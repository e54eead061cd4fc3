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

    public (IReadOnlyList<Order> Page, int Total) Apply(Order[] orders)
    {
        var matches = Filter.IsEmpty ? orders : Filter.Select(orders);
        var total = matches.Length;
        var end = (long)Offset + Limit;
        if (Offset >= total || Limit == 0)
        {
            return ([], total);
        }

        var take = (int)Math.Min(end, total) - Offset;
        switch (Sort)
        {
            case null:
            case "creation_date" when !Descending:
                return (new ArraySegment<Order>(matches, Offset, take), total);
            case "creation_date":
                return (Enumerable.Range(0, take).Select(i => matches[total - 1 - Offset - i]).ToArray(), total);
            default:
                var first = TopK.Select(matches, (int)Math.Min(end, total), Comparer());
                return (new ArraySegment<Order>(first, Offset, take), total);
        }
    }

    /// <summary>The order of the page; ties keep creation order (the position in the snapshot).</summary>
    private Comparison<(Order Order, int Position)> Comparer()
    {
        var sign = Descending ? -1 : 1;
        return Sort switch
        {
            "reference" => (a, b) =>
            {
                var byKey = string.CompareOrdinal(a.Order.Reference, b.Order.Reference) * sign;
                return byKey != 0 ? byKey : a.Position.CompareTo(b.Position);
            },
            _ => (a, b) =>
            {
                var byKey = Nullable.Compare(a.Order.Dates.Submission, b.Order.Dates.Submission) * sign;
                return byKey != 0 ? byKey : a.Position.CompareTo(b.Position);
            },
        };
    }
}
