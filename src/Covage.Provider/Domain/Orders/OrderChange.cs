namespace Covage.Provider.Domain.Orders;

/// <summary>
/// What one operation on an order decided, before anything is stored: the order's next snapshot, the
/// events it records, and the service it starts or ends. The store commits all of it or none.
/// </summary>
internal sealed record OrderChange(Order Order)
{
    public IReadOnlyList<RecordedEvent> Events { get; init; } = [];

    /// <summary>A service the change starts (a completed activation) or ends (a submitted termination).</summary>
    public ServiceChange? Service { get; init; }
}
