using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// One order, as an immutable snapshot: every change builds a new snapshot and swaps it in under the
/// operator's lock, so a reader always sees a whole order and a refused change leaves nothing behind.
/// The model is version-neutral: the v2 and v1 APIs are two views of it. JSON objects held here are
/// never mutated once stored (changes clone them).
/// </summary>
internal sealed record Order(
    string Uuid,
    string Reference,
    string OperatorUuid,
    OrderType Type,
    Product Product,
    string? RequestType,
    string? EligibilityRef,
    OrderStatus Status,
    OrderDates Dates,
    JsonObject EndCustomer,
    JsonObject OperatorInfo,
    JsonObject Options,
    IReadOnlyList<Bound> Bounds,
    string? Comment = null,
    string? ServiceUuid = null,
    string? ServiceRef = null,
    bool? AllowSecondRdv = null,
    JsonObject? AddressSecondRdv = null,
    string Origin = "standard",
    JsonObject? Extras = null,
    DateTimeOffset? LastInfoAt = null,
    OrderStatus? PendingCause = null,
    string? PendingEvent = null)
{
    public OrderKind Kind => (Type, Product.Technology) switch
    {
        (OrderType.Terminate, Technology.Fiber) => OrderKind.FiberTerminate,
        (OrderType.Terminate, _) => OrderKind.Terminate,
        (_, Technology.Fiber) => OrderKind.Fiber,
        (_, Technology.Copper) when RequestType is "create" or "create_nearby" or "create_neighbour" => OrderKind.CopperLineBuilding,
        _ => OrderKind.CopperActivate,
    };

    public bool IsEnni => Product.Technology == Technology.Enni;

    public string? OperatorOrderRef => OperatorInfo["order_ref"]?.GetValue<string>();
}
