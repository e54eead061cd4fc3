using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// The order aggregate. Its state is an immutable snapshot; each operation (one method each, in the
/// Order.*.cs files) checks its rules and returns the next snapshot with the events it records, as an
/// <see cref="OrderChange"/> that the store commits whole under the order's lock, so a reader always
/// sees a whole order and a refused change leaves nothing behind. The model is version-neutral: the
/// v2 and v1 APIs are two views of it. JSON objects held here are never mutated once stored: they are
/// kept as UTF-8 bytes (<see cref="StoredJson"/>) and every read of <see cref="EndCustomer"/>,
/// <see cref="OperatorInfo"/> or <see cref="Options"/> parses a fresh copy.
/// </summary>
internal sealed partial record Order(
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
        (_, Technology.Enni) => OrderKind.Enni,
        (_, Technology.Fiber) => OrderKind.Fiber,
        (_, Technology.Copper) when RequestType is "create" or "create_nearby" or "create_neighbour" => OrderKind.CopperLineBuilding,
        _ => OrderKind.CopperActivate,
    };

    private readonly byte[] _endCustomer = StoredJson.From(EndCustomer);
    private readonly byte[] _operatorInfo = StoredJson.From(OperatorInfo);
    private readonly byte[] _options = StoredJson.From(Options);

    public JsonObject EndCustomer
    {
        get => StoredJson.Parse(_endCustomer);
        init
        {
            _endCustomer = StoredJson.From(value);
            CustomerName = NameOf(_endCustomer);
        }
    }

    public JsonObject OperatorInfo
    {
        get => StoredJson.Parse(_operatorInfo);
        init
        {
            _operatorInfo = StoredJson.From(value);
            OperatorOrderRef = StoredJson.Member(_operatorInfo, "order_ref");
        }
    }

    public JsonObject Options
    {
        get => StoredJson.Parse(_options);
        init => _options = StoredJson.From(value);
    }

    /// <summary>The stored bytes of <see cref="EndCustomer"/>, for writers that copy them as they are.</summary>
    public byte[] EndCustomerJson => _endCustomer;

    /// <summary>The stored bytes of <see cref="OperatorInfo"/>.</summary>
    public byte[] OperatorInfoJson => _operatorInfo;

    /// <summary>The stored bytes of <see cref="Options"/>.</summary>
    public byte[] OptionsJson => _options;

    public bool IsEnni => Product.Technology == Technology.Enni;

    /// <summary>operator_info.order_ref (UPD-OPERATOR-REF-UNIQUE), kept beside the bytes.</summary>
    public string? OperatorOrderRef { get; private init; } = Json.String(OperatorInfo["order_ref"]);

    /// <summary>The end customer's name as the list filter <c>end_customer</c> matches it.</summary>
    public string CustomerName { get; private init; } = NameOf(StoredJson.From(EndCustomer));

    private static string NameOf(byte[] customer) =>
        StoredJson.Member(customer, "name")
        ?? $"{StoredJson.Member(customer, "first_name")} {StoredJson.Member(customer, "last_name")}".Trim();
}
