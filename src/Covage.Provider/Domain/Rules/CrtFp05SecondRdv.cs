using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-FP05-SECOND-RDV: <c>allow_second_rdv</c> and <c>address_second_rdv</c> belong to product FP05,
/// and <c>allow_second_rdv</c> to its <c>activate_defined</c>/<c>activate_undefined</c> orders.
/// </summary>
internal static class CrtFp05SecondRdv
{
    public const string Id = "CRT-FP05-SECOND-RDV";

    private const string Product = "FP05";

    /// <summary>Checks the second-appointment fields a change writes, against the order as it would become.</summary>
    public static void Check(Order changed, OrderChanges changes, List<Violation> violations)
    {
        if (changes.AllowSecondRdv is not null)
        {
            if (changed.Product.Code != Product)
            {
                violations.Add(new(Id, "allow_second_rdv", "allow_second_rdv is only for product FP05."));
            }
            else if (changed.RequestType is not ("activate_defined" or "activate_undefined"))
            {
                violations.Add(new(Id, "allow_second_rdv", "allow_second_rdv needs request_type activate_defined or activate_undefined."));
            }
        }

        if (changes.AddressSecondRdv is not null && changed.Product.Code != Product)
        {
            violations.Add(new(Id, "address_second_rdv", "address_second_rdv is only for product FP05."));
        }
    }
}
