using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// SUB-NO-PROVIDER-ACTION-ON-DRAFT: Covage does not act on a draft (« Covage n'intervient pas sur un
/// draft »): no provider event and no provider-side status change reaches one, until the operator submits it.
/// </summary>
internal static class SubNoProviderActionOnDraft
{
    public const string Id = "SUB-NO-PROVIDER-ACTION-ON-DRAFT";

    public static Refusal? Check(Order order) => order.Status == OrderStatus.Draft
        ? Refusal.Conflict(Id, "status", "the order is a draft: Covage does not act on it until the operator submits it.")
        : null;
}
