using System.Text.Json.Nodes;
using Covage.Provider.Domain.Accounts;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// What an order's rules need to know beyond the order itself, seen from one operator at one
/// instant: the operator, the catalogue, eligibilities, buildings, services, and the references in use.
/// </summary>
internal sealed class OrderContext(ProviderState state, string operatorUuid, DateTimeOffset now)
{
    public DateTimeOffset Now => now;

    public Operator Operator => state.Operators[operatorUuid];

    public ProductCatalogue Catalogue => state.Catalogue;

    /// <summary>UPD-OPERATOR-REF-UNIQUE: whether one of the operator's orders already uses <paramref name="orderRef"/>.</summary>
    public bool IsOrderRefTaken(string orderRef) => state.Book(operatorUuid).OrderRefs.ContainsKey(orderRef);

    public Eligibility? Eligibility(string reference) => state.Eligibilities.GetValueOrDefault(reference);

    /// <summary>The building an address names by its <c>building_code</c>, if the provider knows it.</summary>
    public Building? BuildingOf(JsonObject address) =>
        Json.String(address["building_code"]) is { } code ? state.Buildings.GetValueOrDefault(code) : null;

    /// <summary>One of the operator's services, by uuid when given, else by reference.</summary>
    public Service? OperatorService(string? uuid, string? reference) => state.FindService(operatorUuid, uuid, reference);

    public Service? ServiceByUuid(string uuid) => state.Services.GetValueOrDefault(uuid);

    public string NewOrderReference() => state.OrderReferences.Next(now);

    public string NewServiceReference() => state.ServiceReferences.Next(now);
}
