using System.Text.Json.Nodes;
using Covage.Provider.Domain.Catalogue;

namespace Covage.Provider.Domain.Orders;

/// <summary>An active (or terminated) service of an operator; terminate orders pre-fill from it (CRT-TERMINATE-REF).</summary>
internal sealed record Service(
    string Uuid,
    string Ref,
    string OperatorUuid,
    Product Product,
    bool Active,
    JsonObject EndCustomer,
    JsonObject OperatorInfo,
    IReadOnlyList<Bound> Bounds);
