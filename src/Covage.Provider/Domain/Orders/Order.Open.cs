using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>Opening a draft: an activate order from an eligibility, or a terminate order from an active service.</summary>
internal sealed partial record Order
{
    public static Outcome<OrderChange> Open(User user, OrderDraft draft, OrderContext context, string? uuid = null)
    {
        var violations = new List<Violation>(draft.Changes.TypeViolations);
        var order = draft.Type switch
        {
            "activate" => OpenActivate(user, draft, context, violations, uuid),
            "terminate" => OpenTerminate(user, draft, context, violations, uuid),
            null => Report(violations, OrdType.Missing()),
            _ => Report(violations, OrdType.Invalid(draft.Type)),
        };
        if (order is null)
        {
            // The order could not be built: still report every problem of the fields that do not depend on it.
            if (draft.Changes.EndCustomer is { } customer)
            {
                EndCustomerType.CheckAll(customer, violations);
            }

            if (draft.Changes.OperatorInfo is { } info)
            {
                CheckOperatorInfo(info, null, context, violations);
            }

            return Refusal.Invalid(violations);
        }

        var changed = order.Apply(draft.Changes with { TypeViolations = [] }, context, violations);
        return violations.Count > 0 ? Refusal.Invalid(violations) : new OrderChange(changed);
    }

    private static Order? OpenActivate(User user, OrderDraft draft, OrderContext context, List<Violation> violations, string? uuid)
    {
        CrtActivateNeedsEligibility.CheckPresent(draft, violations);
        if (violations.Count > 0)
        {
            return null;
        }

        if (OrdProductExpansion.Find(context.Catalogue, draft.ProductCode!, violations) is not { } product)
        {
            return null;
        }

        if (product.Technology == Technology.Enni)
        {
            return Report(violations, new(OrdEnniReadonly.Id, "product.code", "ENNI orders are created by Covage; they cannot be ordered through the API."));
        }

        var eligibility = CrtActivateNeedsEligibility.Find(context.Eligibility(draft.EligibilityRef!), draft.EligibilityRef!, user.OperatorUuid, product, violations);
        if (eligibility is null || CrtRequestType.Check(OrderType.Activate, product.Technology, draft.Changes.RequestType!, violations) is not { } requestType)
        {
            return null;
        }

        var now = context.Now;
        return new Order(uuid ?? Ids.NewUuid(), context.NewOrderReference(), user.OperatorUuid, OrderType.Activate, product,
            requestType, eligibility.Ref, OrderStatus.Draft, new OrderDates(now, now, now), [], [],
            [], CopyBounds(eligibility.BoundsTemplate));
    }

    private static Order? OpenTerminate(User user, OrderDraft draft, OrderContext context, List<Violation> violations, string? uuid)
    {
        if (CrtTerminateRef.CheckNamed(draft) is { } unnamed)
        {
            return Report(violations, unnamed);
        }

        var field = CrtTerminateRef.FieldOf(draft);
        if (context.OperatorService(draft.ServiceUuid, draft.ServiceRef) is not { } service)
        {
            return Report(violations, CrtTerminateRef.Unknown(field));
        }

        if ((OrdEnniNoTerminate.Check(service, field) ?? CrtTerminateFamilies.Check(service, field) ?? SubTerminateImmediate.CheckActive(service, field)) is { } refused)
        {
            return Report(violations, refused);
        }

        var now = context.Now;
        return new Order(uuid ?? Ids.NewUuid(), context.NewOrderReference(), user.OperatorUuid, OrderType.Terminate, service.Product,
            null, null, OrderStatus.Draft, new OrderDates(now, now, now), service.EndCustomer, CrtTerminateRef.PrefilledOperatorInfo(service),
            [], CopyBounds(service.Bounds), ServiceUuid: service.Uuid, ServiceRef: service.Ref);
    }

    private static IReadOnlyList<Bound> CopyBounds(IReadOnlyList<Bound> template) =>
        [.. template.Select(b => b with { Uuid = Ids.NewUuid(), Endpoints = [.. b.Endpoints.Select(e => e with { Uuid = Ids.NewUuid() })] })];

    private static Order? Report(List<Violation> violations, Violation violation)
    {
        violations.Add(violation);
        return null;
    }

    private static void CheckOperatorInfo(JsonObject info, string? currentRef, OrderContext context, List<Violation> violations)
    {
        SubRequiredFields.CheckTypes(info, violations);
        TxtMaxLength.CheckUnknownKeys(info, "operator_info", SubRequiredFields.OperatorInfoFields, violations);
        UpdOperatorRefUnique.Check(info, currentRef, context.IsOrderRefTaken, violations);
        SubContactRequired.CheckKnown(info, context.Operator, violations);
    }
}
