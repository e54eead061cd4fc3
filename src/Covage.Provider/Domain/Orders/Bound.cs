using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Orders;

/// <summary>
/// One bound of an order. Address and information objects start shared with the eligibility they came
/// from and are replaced (never mutated) when the operator changes them, so stored orders stay small.
/// </summary>
internal sealed record Bound(string Uuid, JsonObject Address, IReadOnlyList<Endpoint> Endpoints, JsonObject Information);
