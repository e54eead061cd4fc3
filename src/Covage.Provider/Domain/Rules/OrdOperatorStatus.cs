using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-OPERATOR-STATUS: the only status an operator writes is <c>submitted</c>; any other value changes nothing.</summary>
internal static class OrdOperatorStatus
{
    public const string Id = "ORD-OPERATOR-STATUS";

    public const string Submitted = "submitted";

    public static Refusal? Check(OrderChanges changes) => changes.Status is { } status && status != Submitted
        ? Refusal.Invalid(Id, "status", $"\"{status}\": the only status an operator may set is \"submitted\".")
        : null;
}
