using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Http.V2;

/// <summary>LST-FILTER: the combinable filters of the order list, compared field by field.</summary>
internal sealed record OrderListFilter(
    string? Reference = null,
    string? Type = null,
    string? Status = null,
    string? EndpointRef = null,
    string? EndCustomer = null,
    string? ProductFamily = null,
    string? ProductLine = null)
{
    public bool Matches(Order o) =>
        (Reference is null || o.Reference == Reference)
        && (Type is null || (o.Type == OrderType.Activate ? "activate" : "terminate") == Type)
        && (Status is null || o.Status.ToWire() == Status)
        && (ProductFamily is null || o.Product.Family.Code == ProductFamily)
        && (ProductLine is null || o.Product.Line.Code == ProductLine)
        && (EndCustomer is null || o.CustomerName.Contains(EndCustomer, StringComparison.OrdinalIgnoreCase))
        && (EndpointRef is null || HasEndpoint(o, EndpointRef));

    private static bool HasEndpoint(Order order, string reference)
    {
        foreach (var bound in order.Bounds)
        {
            foreach (var endpoint in bound.Endpoints)
            {
                if (endpoint.Reference == reference)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
