using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>The operator's changes to a draft: its fields (v2 PATCH, v1 PUT), a bound's address, an endpoint's OTP, deletion.</summary>
internal sealed partial record Order
{
    public Outcome<OrderChange> Modify(OrderChanges changes, OrderContext context)
    {
        if (EditableDraft.Check(this, DraftAction.Modify) is { } refused)
        {
            return refused;
        }

        var violations = new List<Violation>();
        var changed = Apply(changes, context, violations);
        if (violations.Count > 0)
        {
            return Refusal.Invalid(violations);
        }

        return new OrderChange(changes.IsEmpty ? this : changed with { Dates = changed.Dates with { Modification = context.Now } });
    }

    public Outcome<OrderChange> ModifyBound(string boundUuid, JsonNode? address, OrderContext context)
    {
        var index = IndexOf(Bounds, b => b.Uuid == boundUuid);
        if (index < 0)
        {
            return Refusal.NotFound();
        }

        if (EditableDraft.Check(this, DraftAction.ModifyAddress) is { } refused)
        {
            return refused;
        }

        var violations = new List<Violation>();
        if (UpdBoundsAddress.Check(this, address, violations) is not { } patch)
        {
            return Refusal.Invalid(violations);
        }

        ChrAllowedSet.CheckAddress(patch, $"bounds[{index}].address", context.BuildingOf(Bounds[index].Address), violations);
        if (violations.Count > 0)
        {
            return Refusal.Invalid(violations);
        }

        var bound = Bounds[index] with { Address = Json.Merge(Bounds[index].Address, patch) };
        return new OrderChange(this with { Bounds = Replace(Bounds, index, bound), Dates = Dates with { Modification = context.Now } });
    }

    public Outcome<OrderChange> ModifyEndpoint(string endpointUuid, JsonNode? reference, OrderContext context)
    {
        var boundIndex = IndexOf(Bounds, b => b.Endpoints.Any(e => e.Uuid == endpointUuid));
        if (boundIndex < 0)
        {
            return Refusal.NotFound();
        }

        if ((EditableDraft.Check(this, DraftAction.ModifyOtp) ?? UpdOtpOnlyActivateDefined.Check(this)) is { } refused)
        {
            return refused;
        }

        if (OtpPattern.Check(reference, out var invalid) is not { } text)
        {
            return Refusal.Invalid([invalid!]);
        }

        var bound = Bounds[boundIndex];
        var endpointIndex = IndexOf(bound.Endpoints, e => e.Uuid == endpointUuid);
        var endpoints = Replace(bound.Endpoints, endpointIndex, bound.Endpoints[endpointIndex] with { Reference = text });
        var address = UpdOtpFillsAddress.Fill(bound.Address, context.BuildingOf(bound.Address), text);
        var newBound = bound with { Address = address, Endpoints = endpoints };
        return new OrderChange(this with { Bounds = Replace(Bounds, boundIndex, newBound), Dates = Dates with { Modification = context.Now } });
    }

    /// <summary>UPD-DELETE-DRAFT: the order as it was, when it may be deleted.</summary>
    public Outcome<Order> Delete() => EditableDraft.Check(this, DraftAction.Delete) is { } refused ? refused : this;

    /// <summary>The order with the changes applied, every broken rule reported (the caller stores nothing if there is one).</summary>
    private Order Apply(OrderChanges changes, OrderContext context, List<Violation> violations)
    {
        var result = this;
        violations.AddRange(changes.TypeViolations);
        if (changes.RequestType is { } requestType && CrtRequestType.Check(Type, Product.Technology, requestType, violations) is { } known)
        {
            result = result with { RequestType = known };
        }

        if (changes.EndCustomer is { } customerPatch)
        {
            var merged = Json.Merge(EndCustomer, customerPatch);
            EndCustomerType.CheckAll(merged, violations);
            result = result with { EndCustomer = merged };
        }

        if (changes.OperatorInfo is { } infoPatch)
        {
            var merged = Json.Merge(OperatorInfo, infoPatch);
            CheckOperatorInfo(merged, OperatorOrderRef, context, violations);
            result = result with { OperatorInfo = merged };
        }

        if (changes.Options is { } optionsPatch)
        {
            result = result with { Options = CrtOptionShapes.Normalize(Json.Merge(Options, optionsPatch), Product, result.RequestType, violations) };
        }
        else if (changes.RequestType is not null && Options.Count > 0)
        {
            result = result with { Options = CrtOptionShapes.Normalize(Options, Product, result.RequestType, violations) };
        }

        if (changes.HasComment)
        {
            result = result with { Comment = changes.Comment };
        }

        if (changes.AllowSecondRdv is { } allow)
        {
            result = result with { AllowSecondRdv = allow };
        }

        CrtFp05SecondRdv.Check(result, changes, violations);

        if (changes.AddressSecondRdv is { } second)
        {
            result = result with { AddressSecondRdv = (JsonObject)second.DeepClone() };
        }

        if (changes.Extras is { } extrasPatch)
        {
            var extras = Json.Merge(Extras ?? [], extrasPatch);
            if (extras[OrdEnniFieldV1.Field] is JsonObject enni)
            {
                TxtMaxLength.CheckUnknownKeys(enni, OrdEnniFieldV1.Field, OrdEnniFieldV1.KnownFields, violations);
            }

            result = result with { Extras = extras };
        }

        return result;
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static T[] Replace<T>(IReadOnlyList<T> items, int index, T item)
    {
        var copy = items.ToArray();
        copy[index] = item;
        return copy;
    }
}
