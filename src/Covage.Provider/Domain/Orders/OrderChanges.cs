using System.Text.Json.Nodes;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Orders;

/// <summary>What an operator asks to change on an order, already checked for JSON types by the API layer.</summary>
internal sealed record OrderChanges
{
    public JsonObject? EndCustomer { get; init; }

    public JsonObject? OperatorInfo { get; init; }

    public JsonObject? Options { get; init; }

    public string? RequestType { get; init; }

    public bool HasComment { get; init; }

    public string? Comment { get; init; }

    public bool? AllowSecondRdv { get; init; }

    public JsonObject? AddressSecondRdv { get; init; }

    /// <summary>
    /// A merge patch for <see cref="Order.Extras"/>: fields one API version cannot express (v1 enni,
    /// batch_alias, activation_info), kept whatever the other version writes.
    /// </summary>
    public JsonObject? Extras { get; init; }

    /// <summary>
    /// The status the operator writes (v2 PATCH <c>status</c>), as sent: ORD-OPERATOR-STATUS lets only
    /// <c>submitted</c> through. A value that is not a string is kept as its description ("a number").
    /// </summary>
    public string? Status { get; init; }

    /// <summary>Fields sent with the wrong JSON type: reported together with every other problem.</summary>
    public IReadOnlyList<Violation> TypeViolations { get; init; } = [];

    public bool IsEmpty => EndCustomer is null && OperatorInfo is null && Options is null && RequestType is null
        && !HasComment && AllowSecondRdv is null && AddressSecondRdv is null && Extras is null && TypeViolations.Count == 0;
}
