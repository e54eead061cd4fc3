using System.Globalization;
using System.Text.Json.Nodes;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;
using Covage.Provider.Http;
using Covage.Provider.Http.Errors;
using Covage.Provider.Http.Events;
using Covage.Provider.Http.V2;
using Covage.Provider.Simulation.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Covage.Provider.Simulation;

/// <summary>
/// The control API under <c>/_simulator/</c>: plays Covage's side of the lifecycle. Every call must be
/// addressed to the sandbox itself (<see cref="HostGuard"/>) and carry the <c>X-Simulator-Key</c> header.
/// </summary>
internal static class SimulatorApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapSimulatorApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/_simulator").AddEndpointFilter(HostGuard.Filter).AddEndpointFilter(RequireKey);
        group.MapGet("/fixtures/", Fixtures);
        group.MapPost("/reset/", Reset);
        group.MapGet("/clock/", Clock);
        group.MapPost("/clock/advance/", Advance);
        group.MapGet("/orders/{uuid}/moves/", Moves);
        group.MapPost("/orders/{uuid}/transitions/", Transition);
        group.MapPost("/orders/{uuid}/events/", Inject);
        group.MapPost("/services/", CreateService);
        group.MapPost("/provider-states/", ProviderStates.Handle);
        group.MapFaultsApi();
        group.MapPost("/stop/", Stop);
        return group;
    }

    internal static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var sandbox = (Sandbox)context.RequestServices.GetService(typeof(Sandbox))!;
        if (!SimulatorKey.Given(context, sandbox))
        {
            return new ApiError(StatusCodes.Status403Forbidden, "The simulator control API needs a valid X-Simulator-Key header.");
        }

        return await next(invocation);
    }

    /// <summary>Asks whoever runs the sandbox (<c>serve</c>, <c>certify-client</c>) to stop; they answer before they go.</summary>
    private static IResult Stop(Sandbox sandbox)
    {
        sandbox.StopRequested.Cancel();
        return Results.Text("{\"stopping\":true}", Json, statusCode: StatusCodes.Status202Accepted);
    }

    private static IResult Fixtures(Sandbox sandbox) =>
        Results.Bytes(OrderJsonV2.ToBytes(w => FixturesDocument.Write(w, sandbox.Current.State)), Json);

    private static IResult Reset(Sandbox sandbox)
    {
        sandbox.Reset();
        return Clock(sandbox);
    }

    private static IResult Clock(Sandbox sandbox) =>
        Results.Bytes(OrderJsonV2.ToBytes(w =>
        {
            w.WriteStartObject();
            w.WriteString("now", Domain.Events.EventData.Format(sandbox.Clock.GetUtcNow()));
            w.WriteEndObject();
        }), Json);

    private static async Task<IResult> Advance(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        var seconds = body!["seconds"];
        if (Domain.Rules.Json.Kind(seconds) != System.Text.Json.JsonValueKind.Number || !seconds!.AsValue().TryGetValue<double>(out var value) || value < 0 || value > 366 * 86400)
        {
            return ApiError.BadRequest("SIM-CLOCK", "seconds", "Expected a number of seconds between 0 and one year.");
        }

        sandbox.Clock.Advance(TimeSpan.FromSeconds(value));
        return Clock(sandbox);
    }

    /// <summary>The moves and provider events the order accepts now: the console asks rather than keeping its own copy of the rules.</summary>
    private static IResult Moves(string uuid, Sandbox sandbox) =>
        sandbox.Current.Covage.Moves(uuid).Match(moves => Results.Bytes(OrderJsonV2.ToBytes(w =>
        {
            w.WriteStartObject();
            w.WriteString("uuid", moves.Order.Uuid);
            w.WriteString("status", moves.Order.Status.ToWire());
            w.WriteStartArray("moves");
            foreach (var status in moves.Statuses)
            {
                w.WriteStringValue(status.ToWire());
            }

            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var type in moves.Events)
            {
                w.WriteStringValue(type);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }), Json), ApiError.From);

    private static async Task<IResult> Transition(string uuid, HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        var to = Domain.Rules.Json.String(body!["to"]);
        if (to is null)
        {
            return ApiError.BadRequest(OrdTransitions.Id, "to", "The target status is required.");
        }

        if (body["data"] is { } data && data is not JsonObject)
        {
            return ApiError.BadRequest(EvtData.Id, "data", "Expected an object.");
        }

        if (body["event"] is { } extra && Domain.Rules.Json.String(extra) is null)
        {
            return ApiError.BadRequest(EvtTypes.Id, "event", "Expected an order event type.");
        }

        var result = sandbox.Current.Covage.Transition(uuid, to, Domain.Rules.Json.String(body["event"]), body["data"] as JsonObject);
        return result.Match(order => Results.Bytes(OrderJsonV2.Serialize(order), Json), ApiError.From);
    }

    private static async Task<IResult> Inject(string uuid, HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        var type = Domain.Rules.Json.String(body!["type"]);
        if (type is null)
        {
            return ApiError.BadRequest(EvtTypes.Id, "type", "The event type is required.");
        }

        DateTimeOffset? eventDate = null;
        if (body["event_date"] is { } dateNode)
        {
            if (Domain.Rules.Json.String(dateNode) is { } text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                eventDate = parsed;
            }
            else
            {
                return ApiError.BadRequest("EVT-FIELDS", "event_date", "Expected an ISO-8601 date.");
            }
        }

        if (body["data"] is { } injected && injected is not JsonObject)
        {
            return ApiError.BadRequest(EvtData.Id, "data", "Expected an object.");
        }

        var result = sandbox.Current.Covage.Inject(uuid, type, body["data"] as JsonObject, eventDate);
        return result.Match(evt => Results.Bytes(OrderJsonV2.ToBytes(w => EventJson.Write(w, evt, null)), Json), ApiError.From);
    }

    private static async Task<IResult> CreateService(HttpRequest request, Sandbox sandbox)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(request);
        if (error is not null)
        {
            return error;
        }

        var world = sandbox.Current;
        var violations = new List<Violation>();
        var operatorUuid = Domain.Rules.Json.String(body!["operator_uuid"]);
        if (operatorUuid is null || !world.State.Operators.ContainsKey(operatorUuid))
        {
            violations.Add(new("SIM-SERVICE", "operator_uuid", "Expected the uuid of a seeded operator."));
        }

        var product = Domain.Rules.Json.String(body["product_code"]) is { } code ? world.State.Catalogue.Find(code) : null;
        if (product is null)
        {
            violations.Add(new("SIM-SERVICE", "product_code", "Expected a product code of the catalogue."));
        }

        if (violations.Count > 0)
        {
            return ApiError.BadRequest(violations);
        }

        var service = world.Covage.CreateService(operatorUuid!, product!);
        return Results.Bytes(OrderJsonV2.ToBytes(w =>
        {
            w.WriteStartObject();
            w.WriteString("uuid", service.Uuid);
            w.WriteString("ref", service.Ref);
            w.WriteString("product_code", service.Product.Code);
            w.WriteEndObject();
        }), Json);
    }
}
