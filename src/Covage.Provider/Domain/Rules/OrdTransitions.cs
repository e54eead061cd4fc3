using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>
/// ORD-TRANSITIONS as the kit reads it (the pages lost the diagram): the moves Covage may make.
/// draft → submitted belongs to the operator alone (ORD-OPERATOR-STATUS) and is not in this table.
/// </summary>
internal static class OrdTransitions
{
    public const string Id = "ORD-TRANSITIONS";

    private static readonly Dictionary<OrderStatus, OrderStatus[]> Moves = new()
    {
        [OrderStatus.Submitted] = [OrderStatus.Acknowledged, OrderStatus.Rejected],
        [OrderStatus.Acknowledged] = [OrderStatus.Running, OrderStatus.Rejected],
        [OrderStatus.Running] = [OrderStatus.Pending, OrderStatus.Held, OrderStatus.Completed, OrderStatus.Rejected],
        [OrderStatus.Pending] = [OrderStatus.Running, OrderStatus.Cancelled, OrderStatus.Rejected],
        [OrderStatus.Held] = [OrderStatus.Running, OrderStatus.Rejected],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) =>
        Moves.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyList<OrderStatus> From(OrderStatus from) => Moves.GetValueOrDefault(from) ?? [];

    public static Refusal? Check(OrderStatus from, OrderStatus to) => IsAllowed(from, to)
        ? null
        : Refusal.Conflict(Id, "to", $"{from.ToWire()} → {to.ToWire()} is not an allowed move.");
}
