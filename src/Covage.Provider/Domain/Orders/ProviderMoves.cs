namespace Covage.Provider.Domain.Orders;

/// <summary>What Covage may do next to an order: the statuses it may move it to and the provider events it may send (status events come with their move).</summary>
internal sealed record ProviderMoves(Order Order, IReadOnlyList<OrderStatus> Statuses, IReadOnlyList<string> Events);
