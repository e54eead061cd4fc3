using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>ORD-ENNI-NO-TERMINATE: an ENNI service cannot be terminated through the API.</summary>
internal static class OrdEnniNoTerminate
{
    public const string Id = "ORD-ENNI-NO-TERMINATE";

    public static Violation? Check(Service service, string field) => service.Product.Technology == Technology.Enni
        ? new(Id, field, "An ENNI service cannot be terminated through the API.")
        : null;
}
