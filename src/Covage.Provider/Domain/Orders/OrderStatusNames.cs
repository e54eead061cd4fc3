namespace Covage.Provider.Domain.Orders;

internal static class OrderStatusNames
{
    private static readonly string[] Names = [.. Enum.GetNames<OrderStatus>().Select(n => n.ToLowerInvariant())];

    public static IReadOnlyList<string> All => Names;

    public static string ToWire(this OrderStatus status) => Names[(int)status];

    public static bool TryParse(string? text, out OrderStatus status)
    {
        var index = Array.IndexOf(Names, text);
        status = index < 0 ? default : (OrderStatus)index;
        return index >= 0;
    }

    /// <summary>ORD-STATUS-TERMINAL.</summary>
    public static bool IsTerminal(this OrderStatus status) =>
        status is OrderStatus.Rejected or OrderStatus.Cancelled or OrderStatus.Completed;
}
