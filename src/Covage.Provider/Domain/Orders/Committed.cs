using Covage.Provider.Domain.Events;

namespace Covage.Provider.Domain.Orders;

/// <summary>A stored change: the order as it now is, and the events that joined the feed with it.</summary>
internal sealed record Committed(Order Order, IReadOnlyList<ProviderEvent> Events);
