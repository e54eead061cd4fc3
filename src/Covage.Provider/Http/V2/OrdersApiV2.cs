using System.Globalization;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http.Auth;
using Covage.Provider.Http.Errors;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Http.V2;

/// <summary>Orders API v2: <c>/api/v2/orders/</c>.</summary>
internal static class OrdersApiV2
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapOrdersApiV2(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v2/orders").AddEndpointFilter(CurrentUser.Require);
        group.MapGet("/", List);
        group.MapPost("/", Create);
        group.MapGet("/{uuid}/", Get);
        group.MapPatch("/{uuid}/", Modify);
        group.MapDelete("/{uuid}/", Delete);
        group.MapPatch("/{uuid}/bounds/{boundUuid}/", ModifyBound);
        group.MapPatch("/{uuid}/endpoints/{endpointUuid}/", ModifyEndpoint);
        group.MapPost("/{uuid}/events/info/", PostInfo);
        return group;
    }

    private static IResult Get(string uuid, HttpContext context, Sandbox sandbox)
    {
        var order = sandbox.Current.Orders.Find(CurrentUser.Get(context).OperatorUuid, uuid);
        return order is null ? ApiError.NotFound() : JsonAnswer.Of(OrderJsonV2.Bytes(order));
    }

    private static async Task<IResult> Create(HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        var result = sandbox.Current.Orders.Create(CurrentUser.Get(context), OrderRequestV2.Draft(body!));
        return result.Match<IResult>(order => JsonAnswer.Writing(w => OrderJsonV2.Write(w, order)), ApiError.From);
    }

    private static async Task<IResult> Modify(string uuid, HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        var result = sandbox.Current.Orders.Patch(CurrentUser.Get(context), uuid, OrderRequestV2.Changes(body!));
        return result.Match<IResult>(order => JsonAnswer.Writing(w => OrderJsonV2.Write(w, order)), ApiError.From);
    }

    private static IResult Delete(string uuid, HttpContext context, Sandbox sandbox)
    {
        var result = sandbox.Current.Orders.Delete(CurrentUser.Get(context), uuid);
        return result.Match(_ => Results.Bytes("{}"u8.ToArray(), Json), ApiError.From);
    }

    private static async Task<IResult> ModifyBound(string uuid, string boundUuid, HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        var result = sandbox.Current.Orders.ModifyBound(CurrentUser.Get(context), uuid, boundUuid, body!["address"]);
        return result.Match(changed => Results.Bytes(OrderJsonV2.ToBytes(w => OrderJsonV2.WriteBound(w, changed.Bound)), Json), ApiError.From);
    }

    private static async Task<IResult> ModifyEndpoint(string uuid, string endpointUuid, HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        var result = sandbox.Current.Orders.ModifyEndpoint(CurrentUser.Get(context), uuid, endpointUuid, body!["reference"]);
        return result.Match(changed => Results.Bytes(OrderJsonV2.ToBytes(w => OrderJsonV2.WriteEndpoint(w, changed.Endpoint, full: false)), Json), ApiError.From);
    }

    private static async Task<IResult> PostInfo(string uuid, HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        var violations = new List<Violation>();
        var message = body!["message"];
        if (message is not null && !Domain.Rules.Json.IsString(message))
        {
            violations.Add(new(EvtInfoPost.Id, "message", $"Expected a string, got {Domain.Rules.Json.Describe(message)}."));
        }

        var stop = body["stop_deferred"];
        if (stop is not null && !Domain.Rules.Json.IsBool(stop))
        {
            violations.Add(new(EvtInfoPost.Id, "stop_deferred", $"Expected a boolean, got {Domain.Rules.Json.Describe(stop)}."));
        }

        if (violations.Count > 0)
        {
            return sandbox.Current.Orders.Find(CurrentUser.Get(context).OperatorUuid, uuid) is null ? ApiError.NotFound() : ApiError.BadRequest(violations);
        }

        var result = sandbox.Current.Orders.PostInfo(CurrentUser.Get(context), uuid, Domain.Rules.Json.String(message), stop?.GetValue<bool>());
        return result.Match(_ => Results.Bytes("{\"info\":\"Event was successfully created, please wait 5 minutes before trying again on this order\"}"u8.ToArray(), Json), ApiError.From);
    }

    private static IResult List(HttpContext context, Sandbox sandbox)
    {
        var query = context.Request.Query;
        var violations = new List<Violation>();
        string? sort = null;
        var descending = false;
        if (query.TryGetValue("sort", out var sortValues))
        {
            var text = sortValues.ToString();
            descending = text.StartsWith('-');
            sort = descending ? text[1..] : text;
            if (!OrderListQuery.SortFields.Contains(sort))
            {
                violations.Add(new("LST-SORT", "sort", $"Cannot sort on \"{sort}\"; expected one of {string.Join(", ", OrderListQuery.SortFields)} (prefix - to reverse)."));
            }
        }

        string? Filter(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;
        var filter = new OrderListFilter(Filter("reference"), Filter("type"), Filter("status"), Filter("endpoint_ref"),
            Filter("end_customer"), Filter("product_family"), Filter("product_line"));
        var offset = Number(query, "offset", 0, violations);
        var limit = Number(query, "limit", 100, violations);
        if (violations.Count > 0)
        {
            return ApiError.BadRequest(violations);
        }

        var (orders, keys) = sandbox.Current.State.Book(CurrentUser.Get(context).OperatorUuid).ListView();
        var (page, total) = new OrderListQuery(sort, descending, filter, offset, limit).Apply(orders, keys);
        context.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        return new StreamedJson<Order>(page, OrderJsonV2.WriteItem);
    }

    private static int Number(IQueryCollection query, string name, int fallback, List<Violation> violations)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return fallback;
        }

        if (int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 0)
        {
            return name == "limit" ? Math.Min(number, 1000) : number;
        }

        violations.Add(new("LST-PAGINATION", name, $"Expected a non-negative integer, got \"{values}\"."));
        return fallback;
    }
}
