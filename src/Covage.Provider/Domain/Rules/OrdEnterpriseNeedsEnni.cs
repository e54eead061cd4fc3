using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-ENTERPRISE-NEEDS-ENNI: an enterprise product (families S and E) is submitted only by an operator with an ENNI.</summary>
internal static class OrdEnterpriseNeedsEnni
{
    public const string Id = "ORD-ENTERPRISE-NEEDS-ENNI";

    public static void Check(Order order, Operator owner, List<Violation> violations)
    {
        if (order.Product.Family.IsEnterprise && !owner.HasEnni)
        {
            violations.Add(new(Id, "enni", $"Family {order.Product.Family.Code} products need at least one ENNI; this operator has none."));
        }
    }
}
