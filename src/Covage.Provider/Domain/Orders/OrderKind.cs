namespace Covage.Provider.Domain.Orders;

/// <summary>The column of the events-by-order-type table an order belongs to (EVT-MATRIX, EVT-FIBER-SET).</summary>
internal enum OrderKind
{
    CopperActivate,
    CopperLineBuilding,
    Terminate,
    FiberTerminate,
    Fiber,
}
