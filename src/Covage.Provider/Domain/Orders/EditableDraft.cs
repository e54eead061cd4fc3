using Covage.Provider.Domain.Outcomes;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// The one guard in front of every operator change: an ENNI order is Covage's (ORD-ENNI-READONLY, 403),
/// and only a draft changes (UPD-DRAFT-ONLY, SUB-DRAFT-ONLY or UPD-DELETE-DRAFT, 409). An order that
/// does not exist never gets here: the store answers 404 first.
/// </summary>
internal static class EditableDraft
{
    public static Refusal? Check(Order order, DraftAction action)
    {
        if (OrdEnniReadonly.Check(order) is { } readOnly)
        {
            return readOnly;
        }

        if (order.Status == OrderStatus.Draft)
        {
            return null;
        }

        var (rule, what) = action switch
        {
            DraftAction.Submit => (SubDraftOnly.Id, "a draft can be submitted"),
            DraftAction.Delete => (UpdDeleteDraft.Id, "a draft can be deleted"),
            DraftAction.ModifyAddress => (UpdDraftOnly.Id, "a draft's address can be modified"),
            DraftAction.ModifyOtp => (UpdDraftOnly.Id, "a draft's OTP can be modified"),
            _ => (UpdDraftOnly.Id, "a draft can be modified"),
        };
        return Refusal.Conflict(rule, "status", $"the order is {order.Status.ToWire()}; only {what}.");
    }
}
