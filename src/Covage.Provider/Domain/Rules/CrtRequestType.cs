using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// CRT-REQUEST-TYPE-COPPER and CRT-REQUEST-TYPE-FIBER: the request types of each technology (the lists
/// are data: <see cref="ProductCatalogue.CopperRequestTypes"/>, <see cref="ProductCatalogue.FiberRequestTypes"/>).
/// </summary>
internal static class CrtRequestType
{
    public const string CopperId = "CRT-REQUEST-TYPE-COPPER";
    public const string FiberId = "CRT-REQUEST-TYPE-FIBER";

    public static string IdFor(Technology technology) => technology == Technology.Fiber ? FiberId : CopperId;

    /// <summary>
    /// The catalogue's own copy of <paramref name="requestType"/> (stored orders share it) when it is one of
    /// an activate order of <paramref name="technology"/>'s; null and a violation otherwise.
    /// </summary>
    public static string? Check(OrderType type, Technology technology, string requestType, List<Violation> violations)
    {
        var allowed = ProductCatalogue.RequestTypesFor(technology);
        if (type == OrderType.Activate && allowed.FirstOrDefault(t => t == requestType) is { } known)
        {
            return known;
        }

        violations.Add(new(IdFor(technology), "request_type",
            $"\"{requestType}\" is not a request type of {technology.ToString().ToLowerInvariant()} orders; expected one of {string.Join(", ", allowed)}."));
        return null;
    }
}
