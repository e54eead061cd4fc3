using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Http.V2;

/// <summary>LST-SORT, LST-FILTER and LST-PAGINATION of <c>GET /api/v2/orders/</c>.</summary>
internal sealed record OrderListQuery(
    string? Sort,
    bool Descending,
    IReadOnlyList<Func<Order, bool>> Filters,
    int Offset,
    int Limit)
{
    public static readonly IReadOnlyList<string> SortFields = ["reference", "creation_date", "submission_date"];

    public (IReadOnlyList<Order> Page, int Total) Apply(Order[] orders)
    {
        var matches = new List<Order>(Filters.Count == 0 ? orders.Length : 64);
        foreach (var order in orders)
        {
            var keep = true;
            foreach (var filter in Filters)
            {
                if (!filter(order))
                {
                    keep = false;
                    break;
                }
            }

            if (keep)
            {
                matches.Add(order);
            }
        }

        IEnumerable<Order> sorted = Sort switch
        {
            "reference" => Descending ? matches.OrderByDescending(o => o.Reference, StringComparer.Ordinal) : matches.OrderBy(o => o.Reference, StringComparer.Ordinal),
            "submission_date" => Descending ? matches.OrderByDescending(o => o.Dates.Submission) : matches.OrderBy(o => o.Dates.Submission),
            "creation_date" when Descending => Enumerable.Reverse(matches),
            _ => matches,
        };
        return ([.. sorted.Skip(Offset).Take(Limit)], matches.Count);
    }
}
