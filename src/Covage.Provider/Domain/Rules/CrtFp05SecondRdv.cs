using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-FP05-SECOND-RDV: <c>allow_second_rdv</c> and <c>address_second_rdv</c> belong to product FP05,
/// and <c>allow_second_rdv: true</c> to its <c>activate_defined</c>/<c>activate_undefined</c> orders
/// (<c>false</c>, the page's value for the other request types, fits any FP05 order). Like the options, the
/// flag is checked again when the request type changes: a change to <c>create</c> that keeps it true is refused.
/// </summary>
internal static class CrtFp05SecondRdv
{
    public const string Id = "CRT-FP05-SECOND-RDV";

    private const string Product = "FP05";

    /// <summary>Checks the second-appointment fields against the order as the change would leave it.</summary>
    public static void Check(Order changed, OrderChanges changes, List<Violation> violations)
    {
        if (changes.AllowSecondRdv is not null && changed.Product.Code != Product)
        {
            violations.Add(new(Id, "allow_second_rdv", "allow_second_rdv is only for product FP05."));
        }
        else if (changed.AllowSecondRdv == true && changed.RequestType is not ("activate_defined" or "activate_undefined")
            && (changes.AllowSecondRdv is not null || changes.RequestType is not null))
        {
            violations.Add(new(Id, "allow_second_rdv", changes.AllowSecondRdv is null
                ? $"allow_second_rdv is true, which needs request_type activate_defined or activate_undefined; to make this order \"{changed.RequestType}\", send \"allow_second_rdv\": false with it."
                : "allow_second_rdv needs request_type activate_defined or activate_undefined."));
        }

        if (changes.AddressSecondRdv is not null && changed.Product.Code != Product)
        {
            violations.Add(new(Id, "address_second_rdv", "address_second_rdv is only for product FP05."));
        }
    }
}
