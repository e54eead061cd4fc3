namespace Covage.Provider.Domain.Orders;

internal static class OrderKindNames
{
    /// <summary>The kind in words, for messages.</summary>
    public static string Describe(this OrderKind kind) => kind switch
    {
        OrderKind.CopperActivate => "copper activate",
        OrderKind.CopperLineBuilding => "copper line-building",
        OrderKind.Terminate => "terminate",
        OrderKind.FiberTerminate => "fiber terminate",
        OrderKind.Enni => "ENNI",
        _ => "Fiber Pro",
    };
}
