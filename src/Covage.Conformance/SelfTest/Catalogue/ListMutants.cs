using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of the order list: paging, sorting, filtering.</summary>
internal static class ListMutants
{
    private static readonly string[] Filters = ["reference", "type", "status", "endpoint_ref", "product_family", "product_line"];

    public static IEnumerable<Mutant> All()
    {
        // LST-PAGINATION
        yield return Mutant.Of("LST-PAGINATION", "offset-ignored", "offset does not move the page", IgnoreParam("offset"));
        yield return Mutant.Of("LST-PAGINATION", "list-limit-plus-one", "limit=n gives n+1 orders",
            Mutate.Request(c => c.IsList() && int.TryParse(c.Param("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out _),
                x => x.Call.WithParam("limit", (int.Parse(x.Call.Param("limit")!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture))));
        yield return Mutant.Of("LST-PAGINATION", "offset-counts-from-one", "offset counts from 1 (offset=1 is the first order)",
            Mutate.Request(c => c.IsList() && int.TryParse(c.Param("offset"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0,
                x => x.Call.WithParam("offset", (int.Parse(x.Call.Param("offset")!, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture))));
        yield return Mutant.Of("LST-PAGINATION", "total-count-of-the-page", "X-Total-Count counts the page, not every matching order",
            Mutate.Answer(c => c.IsList(), (_, r) => r.Ok && r.Json() is JsonArray list && r.Header("X-Total-Count") != list.Count.ToString(CultureInfo.InvariantCulture)
                ? r.WithHeader("X-Total-Count", list.Count.ToString(CultureInfo.InvariantCulture)) : null));
        yield return Mutant.Of("LST-PAGINATION", "total-count-missing", "the list comes without X-Total-Count",
            Mutate.Answer(c => c.IsList(), (_, r) => r.Ok && r.Header("X-Total-Count") is not null ? r.WithHeader("X-Total-Count", null) : null));
        yield return Mutant.Of("LST-PAGINATION", "bad-paging-ignored", "a limit or offset that is not a count is ignored",
            Mutate.Accept(c => c.IsList(), r => r.NamesField("limit") || r.NamesField("offset"), x => x.Call.WithParam("limit", null).WithParam("offset", null)));

        // LST-SORT
        yield return Mutant.Of("LST-SORT", "sort-ignored", "sort is ignored (the list keeps its default order)", IgnoreParam("sort"));
        yield return Mutant.Of("LST-SORT", "reverse-ignored", "a leading - does not reverse the sort",
            Mutate.Request(c => c.IsList() && c.Param("sort") is ['-', ..], x => x.Call.WithParam("sort", x.Call.Param("sort")![1..])));
        yield return Mutant.Of("LST-SORT", "unknown-sort-accepted", "sorting on a field the pages do not offer is accepted (the sort is ignored)",
            Mutate.Accept(c => c.IsList(), r => r.NamesField("sort"), x => x.Call.WithParam("sort", null)));
        yield return Mutant.Of("LST-SORT", "submission-sort-by-creation", "sort=submission_date sorts by creation date",
            Mutate.Request(c => c.IsList() && c.Param("sort") is "submission_date" or "-submission_date",
                x => x.Call.WithParam("sort", x.Call.Param("sort")!.Replace("submission_date", "creation_date", StringComparison.Ordinal))));
        yield return Mutant.Of("LST-SORT", "descending-by-reversing-the-page", "a reversed sort reverses the page instead of sorting the other way",
            Mutate.Around(c => c.IsList() && c.Param("sort") is ['-', ..] && c.HasParam("limit"), async x =>
            {
                var reply = await x.SendAsync(x.Call.WithParam("sort", x.Call.Param("sort")![1..]));
                if (!reply.Ok || reply.Json() is not JsonArray list)
                {
                    return reply;
                }

                x.Fired();
                return reply.WithJson(new JsonArray([.. list.Reverse().Select(o => o?.DeepClone())]));
            }));

        // LST-FILTER
        foreach (var filter in Filters)
        {
            yield return Mutant.Of("LST-FILTER", $"{filter.Replace('_', '-')}-filter-ignored", $"the {filter} filter is ignored", IgnoreParam(filter));
        }

        yield return Mutant.Of("LST-FILTER", "end-customer-filter-ignored", "the end_customer filter is ignored", IgnoreParam("end_customer"));
        yield return Mutant.Of("LST-FILTER", "filters-combined-with-or", "several filters keep the orders matching any of them, not all",
            Mutate.Around(c => c.IsList() && Filters.Count(c.HasParam) > 1, async x =>
            {
                var used = Filters.Where(x.Call.HasParam).ToList();
                var union = new JsonArray();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var keep in used)
                {
                    var one = used.Where(f => f != keep).Aggregate(x.Call, (call, f) => call.WithParam(f, null));
                    var reply = await x.SendAsync(one);
                    if (!reply.Ok || reply.Json() is not JsonArray list)
                    {
                        return reply;
                    }

                    foreach (var order in list.Where(o => seen.Add(o?["uuid"]?.ToString() ?? "")))
                    {
                        union.Add(order?.DeepClone());
                    }
                }

                x.Fired();
                return Reply.Of(200, union).WithHeader("X-Total-Count", union.Count.ToString(CultureInfo.InvariantCulture));
            }));
        yield return Mutant.Of("LST-FILTER", "product-family-filter-on-line", "product_family is matched against the product line code",
            Mutate.Request(c => c.IsList() && c.HasParam("product_family"), x => x.Call.WithParam("product_line", x.Call.Param("product_family")).WithParam("product_family", null)));
    }

    private static Rewrite IgnoreParam(string name) => Mutate.Request(c => c.IsList() && c.HasParam(name), x => x.Call.WithParam(name, null));
}
