using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>Submitting a draft: every field marked S is checked at once; then the order is Covage's to move.</summary>
internal sealed partial record Order
{
    public Outcome<OrderChange> Submit(OrderContext context, OrderApi api = OrderApi.V2)
    {
        if (EditableDraft.Check(this, DraftAction.Submit) is { } refused)
        {
            return refused;
        }

        var violations = new List<Violation>();
        SubRequiredFields.Check(this, violations);
        SubContactRequired.CheckPresent(this, violations);
        OrdEnterpriseNeedsEnni.Check(this, context.Operator, violations);
        if (api == OrderApi.V1)
        {
            OrdEnniFieldV1.Check(this, violations);
        }

        var ending = SubTerminateImmediate.End(this, context, violations);
        if (violations.Count > 0)
        {
            return Refusal.Invalid(violations);
        }

        var submitted = this with { Status = OrderStatus.Submitted, Dates = Dates.Entering(OrderStatus.Submitted, context.Now) };
        RecordedEvent[] events = ending is null
            ? [RecordedEvent.OfOrder(submitted, "order-submitted", new JsonObject { ["kosc_order_ref"] = Reference })]
            : [RecordedEvent.OfOrder(submitted, "order-submitted", new JsonObject { ["kosc_order_ref"] = Reference }), RecordedEvent.OfService(ending.After, "service-terminated")];
        return new OrderChange(submitted) { Events = events, Service = ending };
    }
}
