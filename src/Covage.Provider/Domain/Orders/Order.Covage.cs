using System.Text.Json.Nodes;
using Covage.Provider.Domain.Events;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>Covage's side of the lifecycle (the control API plays it): status moves with their events, provider events.</summary>
internal sealed partial record Order
{
    public Outcome<OrderChange> MoveTo(OrderStatus target, string? extraEvent, JsonObject? data, OrderContext context)
    {
        // draft → submitted is the operator's move; Covage never makes it (OrdTransitions has no move to submitted).
        if ((SubNoProviderActionOnDraft.Check(this) ?? OrdTransitions.Check(Status, target)) is { } notAMove)
        {
            return notAMove;
        }

        var statusEvent = EvtStatusConsistent.EventOf(target);
        foreach (var type in new[] { statusEvent, extraEvent })
        {
            if (type is not null && (EvtTypes.Check(type, "event") ?? Forbidding(type, "event") ?? EvtData.Check(this, type, data)) is { } refused)
            {
                return refused;
            }
        }

        if (target == OrderStatus.Running && Status == OrderStatus.Pending && PendingEvent is { } pendingEvent
            && ConfirmationOf(pendingEvent) is { } confirmation && EvtMatrix.RuleForbidding(Kind, confirmation) is null)
        {
            extraEvent ??= confirmation;
        }

        return Enter(target, statusEvent, extraEvent, data, context);
    }

    /// <summary>The moves and events <see cref="MoveTo"/> and <see cref="Receive"/> would accept now (the console shows them).</summary>
    public ProviderMoves NextMoves() => Status == OrderStatus.Draft
        ? new(this, [], [])
        : new(this, OrdTransitions.From(Status), [.. EvtMatrix.Allowed(Kind).Where(type => !EvtStatusConsistent.IsStatusEvent(type))]);

    public Outcome<OrderChange> Receive(string type, JsonObject? data, DateTimeOffset? eventDate)
    {
        if (EvtTypes.Check(type, "type") is { } unknown)
        {
            return unknown;
        }

        if (SubNoProviderActionOnDraft.Check(this) is { } draft)
        {
            return draft;
        }

        if (EvtStatusConsistent.IsStatusEvent(type))
        {
            return Refusal.Conflict(EvtStatusConsistent.Id, "type", $"{type} reports a status change; drive it with a transition.");
        }

        return (Forbidding(type, "type") ?? EvtData.Check(this, type, data)) is { } refused
            ? refused
            : new OrderChange(this) { Events = [RecordedEvent.OfOrder(this, type, EventData.For(type, this, data), eventDate)] };
    }

    private OrderChange Enter(OrderStatus target, string? statusEvent, string? extraEvent, JsonObject? data, OrderContext context)
    {
        var changed = this with
        {
            Status = target,
            Dates = Dates.Entering(target, context.Now),
            PendingEvent = target == OrderStatus.Pending ? extraEvent : null,
        };
        // A completed activation creates its service; a terminate order's service ended at its submission
        // (SUB-TERMINATE-IMMEDIATE), so its completion changes no service.
        Service? service = null;
        if (target == OrderStatus.Completed && Type == OrderType.Activate)
        {
            service = new Service(Ids.NewUuid(), context.NewServiceReference(), OperatorUuid, Product, true, EndCustomer, OperatorInfo, Bounds);
            changed = changed with { ServiceUuid = service.Uuid, ServiceRef = service.Ref };
        }

        var events = new List<RecordedEvent>();
        if (extraEvent is not null && target != OrderStatus.Running)
        {
            events.Add(RecordedEvent.OfOrder(changed, extraEvent, EventData.For(extraEvent, changed, data)));
        }

        if (statusEvent is not null)
        {
            events.Add(RecordedEvent.OfOrder(changed, statusEvent, EventData.For(statusEvent, changed, data)));
        }

        if (extraEvent is not null && target == OrderStatus.Running)
        {
            events.Add(RecordedEvent.OfOrder(changed, extraEvent, EventData.For(extraEvent, changed, data)));
        }

        if (service is not null)
        {
            events.Add(RecordedEvent.OfService(service, "service-activated"));
        }

        return new OrderChange(changed) { Events = events, Service = service is null ? null : new ServiceChange(null, service) };
    }

    private Refusal? Forbidding(string type, string field) => EvtMatrix.RuleForbidding(Kind, type) is { } rule
        ? Refusal.Conflict(rule, field, $"a {Kind.Describe()} order never receives {type}.")
        : null;

    /// <summary>The event that reports the operator's answer to a pending order's question.</summary>
    private static string? ConfirmationOf(string pendingEvent) => pendingEvent switch
    {
        "order-sensibleaccess" => "order-sensibleaccess-orderconfirmed",
        "order-delayed" => "order-delayed-orderconfirmed",
        _ => null,
    };
}
