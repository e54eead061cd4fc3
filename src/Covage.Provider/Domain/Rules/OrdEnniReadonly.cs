using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-ENNI-READONLY: Covage makes and manages ENNI orders; the operator reads them and changes nothing.</summary>
internal static class OrdEnniReadonly
{
    public const string Id = "ORD-ENNI-READONLY";

    public static Refusal? Check(Order order) => order.IsEnni ? Refused() : null;

    public static Refusal Refused() => Refusal.Forbidden(Id, "ENNI orders are created and managed by Covage; they are read-only.");
}
