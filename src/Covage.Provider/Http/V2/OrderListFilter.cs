using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Http.V2;

/// <summary>
/// LST-FILTER: the combinable filters of the order list, each an equality (<c>&lt;champ&gt;=&lt;valeur&gt;</c>):
/// <c>end_customer</c> is the end customer's whole name (its <c>name</c>, or first and last name), as written.
/// </summary>
internal sealed record OrderListFilter(
    string? Reference = null,
    string? Type = null,
    string? Status = null,
    string? EndpointRef = null,
    string? EndCustomer = null,
    string? ProductFamily = null,
    string? ProductLine = null)
{
    private readonly OrderType? _type = TypeOf(Type);
    private readonly OrderStatus? _status = StatusOf(Status);
    private readonly bool _impossible = (Type is not null && TypeOf(Type) is null) || (Status is not null && StatusOf(Status) is null);
    private readonly bool _needsOrder = Reference is not null || EndpointRef is not null || EndCustomer is not null;

    /// <summary>Whether the order at this index of a list view matches, reading the order itself only when a filter needs it.</summary>
    public bool Matches(in OrderListKey key, Order order) =>
        !_impossible
        && (_type is null || key.Type == _type)
        && (_status is null || key.Status == _status)
        && (ProductFamily is null || key.Product.Family.Code == ProductFamily)
        && (ProductLine is null || key.Product.Line.Code == ProductLine)
        && (!_needsOrder || MatchesOrder(order));

    private bool MatchesOrder(Order o) =>
        (Reference is null || o.Reference == Reference)
        && (EndCustomer is null || string.Equals(o.CustomerName, EndCustomer, StringComparison.Ordinal))
        && (EndpointRef is null || HasEndpoint(o, EndpointRef));

    private static OrderType? TypeOf(string? text) => text switch
    {
        "activate" => OrderType.Activate,
        "terminate" => OrderType.Terminate,
        _ => null,
    };

    private static OrderStatus? StatusOf(string? text) => OrderStatusNames.TryParse(text, out var status) ? status : null;

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
