using Covage.Provider.Domain.Catalogue;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// An eligibility result an operator can order from, any number of times. The bounds template is
/// shared by every order made from it (new endpoint and bound uuids per order).
/// </summary>
internal sealed record Eligibility(
    string Ref,
    string OperatorUuid,
    Technology Technology,
    string RequestType,
    IReadOnlyList<Bound> BoundsTemplate,
    string? BuildingRef);
