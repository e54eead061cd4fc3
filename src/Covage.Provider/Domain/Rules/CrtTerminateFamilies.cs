using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>CRT-TERMINATE-FAMILIES: terminate orders exist for families A, S, M and F (the newer page, 001).</summary>
internal static class CrtTerminateFamilies
{
    public const string Id = "CRT-TERMINATE-FAMILIES";

    public static Violation? Check(Service service, string field) => service.Product.Family.IsTerminable
        ? null
        : new(Id, field, $"Terminate orders are available for families A, S, M and F; this service is family {service.Product.Family.Code}.");
}
