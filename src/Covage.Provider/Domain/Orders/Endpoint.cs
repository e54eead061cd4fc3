using System.Text.Json.Nodes;

namespace Covage.Provider.Domain.Orders;

/// <summary>An endpoint of a bound. <see cref="Information"/> is shared, read-only eligibility data.</summary>
internal sealed record Endpoint(string Uuid, string? Reference, string Type, bool Locked, JsonNode? Information);
