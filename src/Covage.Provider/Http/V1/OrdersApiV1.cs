using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http.Auth;
using Covage.Provider.Http.Errors;
using Covage.Provider.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Http.V1;

/// <summary>
/// Orders API v1: <c>/api/orders/</c>. A second view of the same orders as v2 (one store, see
/// <see cref="OrderFieldMapV1"/>), with the same auth, error envelope, isolation and atomicity.
/// </summary>
internal static class OrdersApiV1
{
    private const string Json = "application/json";

    private static readonly byte[] Empty = "{}"u8.ToArray();

    public static RouteGroupBuilder MapOrdersApiV1(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/orders").AddEndpointFilter(CurrentUser.Require);
        group.MapPost("/", Create);
        group.MapGet("/{uuid}/", Get);
        group.MapPut("/{uuid}/", Replace);
        group.MapDelete("/{uuid}/", Delete);
        group.MapPost("/{uuid}/submit/", Submit);
        group.MapPost("/{uuid}/confirm/", Confirm);
        group.MapPost("/{uuid}/cancel/", Cancel);
        return group;
    }

    private static IResult Get(string uuid, HttpContext context, Sandbox sandbox)
    {
        var order = sandbox.Current.Orders.Find(CurrentUser.Get(context).OperatorUuid, uuid);
        return order is null ? ApiError.NotFound() : JsonAnswer.Of(OrderJsonV1.Bytes(order));
    }

    private static async Task<IResult> Create(HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        return Answer(sandbox.Current.Orders.Create(CurrentUser.Get(context), OrderRequestV1.Draft(body!)));
    }

    private static async Task<IResult> Replace(string uuid, HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request);
        if (error is not null)
        {
            return error;
        }

        return Answer(sandbox.Current.Orders.Replace(CurrentUser.Get(context), uuid, current => OrderRequestV1.Replacement(current, body!)));
    }

    private static IResult Delete(string uuid, HttpContext context, Sandbox sandbox) =>
        AnswerEmpty(sandbox.Current.Orders.Delete(CurrentUser.Get(context), uuid));

    // Submit takes no body: whatever is sent is ignored, as a v1 client may post an empty object.
    private static IResult Submit(string uuid, HttpContext context, Sandbox sandbox) =>
        AnswerEmpty(sandbox.Current.Orders.SubmitV1(CurrentUser.Get(context), uuid));

    private static IResult Confirm(string uuid, HttpContext context, Sandbox sandbox) =>
        AnswerEmpty(sandbox.Current.Orders.Confirm(CurrentUser.Get(context), uuid));

    private static async Task<IResult> Cancel(string uuid, HttpContext context, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(context.Request, allowEmpty: true);
        if (error is not null)
        {
            return error;
        }

        var reasonNode = body!["reason"];
        var reason = Domain.Rules.Json.String(reasonNode);
        if (reasonNode is not null && reason is null)
        {
            return ApiError.BadRequest(ActConfirmCancel.Id, "reason", $"Expected a string, got {Domain.Rules.Json.Describe(reasonNode)}.");
        }

        return AnswerEmpty(sandbox.Current.Orders.Cancel(CurrentUser.Get(context), uuid, reason));
    }

    private static IResult Answer(Outcome<Order> result) =>
        result.Match(order => Results.Bytes(OrderJsonV1.Bytes(order), Json), Refused);

    private static IResult AnswerEmpty(Outcome<Order> result) =>
        result.Match(_ => Results.Bytes(Empty, Json), Refused);

    private static IResult Refused(Refusal refusal) => ApiError.From(OrderFieldMapV1.ToV1(refusal));
}
